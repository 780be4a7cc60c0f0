import { apiErrors } from './apiErrors';

const refusal = (status, body) => ({ status, response: { status, body } });

describe('apiErrors', () => {
  it("reads the extranet's refusals", () => {
    expect(
      apiErrors(
        refusal(400, {
          type: 'BadRequest',
          message: 'Certains champs ne sont pas valides.',
          errors: [
            { field: 'password', message: 'Trop court.' },
            { field: 'password', message: 'Trop simple.' },
            { field: 'token', message: 'Lien périmé.' },
          ],
        }),
      ),
    ).toEqual({
      status: 400,
      message: 'Certains champs ne sont pas valides.',
      fields: { password: 'Trop court.', token: 'Lien périmé.' },
    });
  });

  it('has nothing to say of other failures', () => {
    expect(apiErrors(null)).toEqual({
      status: null,
      message: null,
      fields: {},
    });
    expect(apiErrors(true).message).toBeNull();
    expect(
      apiErrors(refusal(400, { errors: [{ message: 'Sans champ' }] })),
    ).toEqual({ status: 400, message: null, fields: {} });
  });
});

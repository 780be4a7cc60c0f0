import { apiErrors, parsePythonErrors } from './apiErrors';

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

  it("reads plone.restapi's validation errors", () => {
    // A Python repr: `${token}` is the placeholder of zope.schema's message.
    const message =
      // eslint-disable-next-line no-template-curly-in-string
      "[{'message': 'Unknown function: astronaute', 'field': 'functions', 'error': InvalidValue('Unknown: ${token}')}, " +
      "{'field': 'workplace', 'message': \"L'adresse n'est pas 'valide'\"}, " +
      "{'message': 'It\\'s wrong', 'field': 'email', 'error': None}]";
    expect(parsePythonErrors(message)).toEqual([
      { field: 'functions', message: 'Unknown function: astronaute' },
      { field: 'workplace', message: "L'adresse n'est pas 'valide'" },
      { field: 'email', message: "It's wrong" },
    ]);
    expect(apiErrors(refusal(400, { type: 'BadRequest', message }))).toEqual({
      status: 400,
      message: null,
      fields: {
        functions: 'Unknown function: astronaute',
        workplace: "L'adresse n'est pas 'valide'",
        email: "It's wrong",
      },
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
      apiErrors(refusal(400, { error: { message: 'Invalid JSON' } })).message,
    ).toBe('Invalid JSON');
  });
});

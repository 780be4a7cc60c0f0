/**
 * Volto core strings shown to workers (edit/add forms, their validation,
 * toolbar) that Volto's own French catalogue leaves untranslated. Defined
 * here, with Volto's ids and English defaults, so that `make i18n` keeps
 * them in the add-on's locales (French in locales/fr/LC_MESSAGES/volto.po,
 * which wins over Volto's catalogue at build time). Nothing imports this
 * module: Volto's components use these ids themselves. See i18n.test.js.
 */
import { defineMessages } from 'react-intl';

export default defineMessages({
  // Add/Edit
  someErrors: {
    id: 'There are some errors.',
    defaultMessage: 'There are some errors.',
  },
  // Form
  blocksFieldsErrorTitle: {
    id: 'blocksFieldsErrorTitle',
    defaultMessage: 'Error in the block field {errorField}.',
  },
  // Widgets/FormFieldWrapper
  languageIndependent: {
    id: 'Language independent icon title',
    defaultMessage:
      'This is a language independent field. Any value you enter here will overwrite the corresponding field of all members of the translation group when you save this form.',
  },
  // Widgets/FileWidget
  fileSizeExceeded: {
    id: 'The file you uploaded exceeded the maximum allowed size of {size} bytes',
    defaultMessage:
      'The file you uploaded exceeded the maximum allowed size of {size} bytes',
  },
  fileTypeNotAccepted: {
    id: 'File is not of the accepted type {accept}',
    defaultMessage: 'File is not of the accepted type {accept}',
  },
  // FormValidation and its validators (helpers/MessageLabels)
  fileTooLarge: {
    id: 'fileTooLarge',
    defaultMessage: 'This website does not accept files larger than {limit}',
  },
  maxFileSize: {
    id: 'Maximum file size is {maxSize} bytes, but the uploaded file is {size} bytes.',
    defaultMessage:
      'Maximum file size is {maxSize} bytes, but the uploaded file is {size} bytes.',
  },
  pattern: {
    id: 'The value does not match the pattern {pattern}',
    defaultMessage: 'The value does not match the pattern {pattern}',
  },
  maxItems: {
    id: 'The number of items must be less than or equal to {maxItems}',
    defaultMessage:
      'The number of items must be less than or equal to {maxItems}',
  },
  minItems: {
    id: 'The number of items must be greater than or equal to {minItems}',
    defaultMessage:
      'The number of items must be greater than or equal to {minItems}',
  },
  startBeforeEnd: {
    id: 'Event start date must be on or before {endDateValueOrEndFieldName}',
    defaultMessage:
      'Event start date must be on or before {endDateValueOrEndFieldName}',
  },
  endAfterStart: {
    id: 'Event end date must be on or after {startDateValueOrStartFieldName}',
    defaultMessage:
      'Event end date must be on or after {startDateValueOrStartFieldName}',
  },
  defaultLanguage: {
    id: "The selected default language must be in the list of the field 'Available languages'",
    defaultMessage:
      "The selected default language must be in the list of the field 'Available languages'",
  },
  // Toolbar/More
  linksAndReferences: {
    id: 'Links and references',
    defaultMessage: 'Links and references',
  },
});

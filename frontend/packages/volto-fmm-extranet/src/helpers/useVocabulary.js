import { useCallback, useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { getVocabulary } from '@plone/volto/actions/vocabularies/vocabularies';

const NO_ITEMS = [];

/**
 * Loads a whole vocabulary (`@vocabularies/<name>`) once.
 * @param {string} name Vocabulary name, e.g. `fmm_extranet.Functions`.
 * @returns {Object} items ({label, value}), loaded, error, and labelOf(token)
 *   which falls back to the token while the vocabulary is missing.
 */
const useVocabulary = (name) => {
  const dispatch = useDispatch();
  const vocabulary = useSelector((state) => state.vocabularies?.[name]);
  const requested = Boolean(vocabulary);

  useEffect(() => {
    if (!requested) {
      dispatch(getVocabulary({ vocabNameOrURL: name, size: -1 }));
    }
  }, [dispatch, name, requested]);

  const items = vocabulary?.items || NO_ITEMS;
  const labelOf = useCallback(
    (token) => items.find((item) => item.value === token)?.label || token,
    [items],
  );

  return {
    items,
    loaded: Boolean(vocabulary?.loaded),
    error: vocabulary?.error || null,
    labelOf,
  };
};

export default useVocabulary;

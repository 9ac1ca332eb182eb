'use client';

import { useEdition } from './EditionContext';
import { NotFoundMessage } from './NotFoundMessage';

/** The 404 message in the language of the edition the reader is in (from the root layout's context). */
export function EditionNotFound() {
  const edition = useEdition();
  if (!edition) return null;
  return <NotFoundMessage m={edition.strings} base={edition.base} />;
}

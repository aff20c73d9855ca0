import { Fragment } from 'react';
import { Box, Link } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Splits text into plain parts and URLs (without the punctuation that ends a sentence). */
export function splitLinks(text: string): { text: string; url?: string }[] {
  return text.split(URL_PATTERN).flatMap((part, index) => {
    if (index % 2 === 0) return part ? [{ text: part }] : [];
    const trailing = TRAILING_PUNCTUATION.exec(part)?.[0] ?? '';
    const url = part.slice(0, part.length - trailing.length);
    return trailing ? [{ text: url, url }, { text: trailing }] : [{ text: url, url }];
  });
}

/** Plain text body in a <pre> block where every URL is a link. */
export const LinkifiedText = ({ source }: FieldProps) => {
  const translate = useTranslate();
  const text = (useFieldValue({ source }) as string | undefined) ?? '';
  return (
    <Box
      component="pre"
      sx={{
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        fontFamily: 'monospace',
        m: 0,
        p: 2,
        bgcolor: 'action.hover',
        borderRadius: 1,
      }}
    >
      {splitLinks(text).map((part, index) =>
        part.url ? (
          <Link
            key={index}
            href={part.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={translate('app.outbox.open_link', { url: part.url })}
          >
            {part.text}
          </Link>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </Box>
  );
};

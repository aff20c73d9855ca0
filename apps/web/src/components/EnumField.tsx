import { Chip, Typography, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

type Color = ChipProps['color'];

interface EnumFieldProps extends FieldProps {
  /** Catalogue prefix, e.g. "app.userStatus": the label is `${prefix}.${value}`. */
  prefix: string;
  /** When given, the value shows as a coloured chip. */
  colors?: Record<string, Color>;
}

/** Shows an enum value (role, status) with its French label. */
export const EnumField = ({ prefix, colors, source }: EnumFieldProps) => {
  const translate = useTranslate();
  const value = useFieldValue({ source }) as string | undefined;
  if (!value) return null;
  const label = translate(`${prefix}.${value}`, { _: value });
  return colors ? (
    <Chip size="small" label={label} color={colors[value] ?? 'default'} />
  ) : (
    <Typography component="span" variant="body2">
      {label}
    </Typography>
  );
};

/** Choices for a SelectInput; react-admin translates the names. */
export const enumChoices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

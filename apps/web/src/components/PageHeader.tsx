import { Box, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

/** A page's title (in the app bar and as its heading) and the sentence that says what it is for. */
export const PageHeader = ({ title, intro }: { title: string; intro: string }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Title title={title} />
      <Typography variant="h5" component="h1">
        {translate(title)}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, maxWidth: 960 }}>
        {translate(intro)}
      </Typography>
    </Box>
  );
};

import { useState } from 'react';
import { Box, Button, Chip, IconButton, LinearProgress, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { conventionKeys, conventionsApi, type ConventionTemplate } from '../../api/conventions';
import { ErrorAlert } from '../../components/ErrorAlert';

type Article = ConventionTemplate['articles'][number];

/** « Modèle de convention de stage »: the title and ordered articles; the school administrator edits, staff read. */
export const ConventionTemplateCard = ({ readOnly }: { readOnly: boolean }) => {
  const translate = useTranslate();
  const template = useQuery({ queryKey: conventionKeys.template, queryFn: conventionsApi.template });
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 3 }} component="section" aria-label={translate('app.conventions.template.title')}>
      <Typography variant="h6" component="h2">
        {translate('app.conventions.template.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.conventions.template.intro')}
      </Typography>
      {template.isPending && <LinearProgress />}
      <ErrorAlert error={template.error} />
      {template.data && <TemplateEditor key={template.data.updatedAt ?? 'default'} template={template.data} readOnly={readOnly} />}
    </Paper>
  );
};

const TemplateEditor = ({ template, readOnly }: { template: ConventionTemplate; readOnly: boolean }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(template.title);
  const [articles, setArticles] = useState<Article[]>(template.articles);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const change = (index: number, patch: Partial<Article>) =>
    setArticles((all) => all.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const move = (index: number, by: -1 | 1) =>
    setArticles((all) => {
      const next = [...all];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  const save = async () => {
    setError(null);
    setSaving(true);
    try {
      queryClient.setQueryData(conventionKeys.template, await conventionsApi.saveTemplate({ title, articles }));
      notify('app.conventions.template.saved', { type: 'success' });
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {template.isDefault && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.conventions.template.default')}
        </Typography>
      )}
      <Typography variant="subtitle2">{translate('app.conventions.template.placeholders')}</Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mb: 2 }}>
        {template.placeholders.map((p) => (
          <Tooltip key={p.name} title={p.description}>
            <Chip size="small" variant="outlined" label={`{{${p.name}}}`} />
          </Tooltip>
        ))}
      </Stack>
      <TextField
        label={translate('app.conventions.template.doc_title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        fullWidth
        slotProps={{ input: { readOnly } }}
        sx={{ mb: 2 }}
      />
      <Stack spacing={2}>
        {articles.map((article, index) => (
          <Box key={index} sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TextField
                label={translate('app.conventions.template.heading')}
                value={article.heading}
                onChange={(e) => change(index, { heading: e.target.value })}
                size="small"
                fullWidth
                slotProps={{ input: { readOnly } }}
              />
              {!readOnly && (
                <>
                  <IconButton aria-label={translate('app.conventions.template.up')} disabled={index === 0} onClick={() => move(index, -1)}>
                    <ArrowUpwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    aria-label={translate('app.conventions.template.down')}
                    disabled={index === articles.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <ArrowDownwardIcon fontSize="small" />
                  </IconButton>
                  <IconButton
                    aria-label={translate('app.conventions.template.remove')}
                    disabled={articles.length === 1}
                    onClick={() => setArticles((all) => all.filter((_, i) => i !== index))}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </>
              )}
            </Stack>
            <TextField
              label={translate('app.conventions.template.body')}
              value={article.body}
              onChange={(e) => change(index, { body: e.target.value })}
              multiline
              minRows={2}
              fullWidth
              size="small"
              slotProps={{ input: { readOnly } }}
              sx={{ mt: 1 }}
            />
          </Box>
        ))}
      </Stack>
      <ErrorAlert error={error} />
      {!readOnly && (
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
          <Button startIcon={<AddIcon />} onClick={() => setArticles((all) => [...all, { heading: '', body: '' }])}>
            {translate('app.conventions.template.add')}
          </Button>
          <Button variant="contained" onClick={save} disabled={saving}>
            {translate('app.conventions.template.save')}
          </Button>
        </Stack>
      )}
    </>
  );
};

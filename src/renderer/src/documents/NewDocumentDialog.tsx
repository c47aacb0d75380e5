import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useCall, useSave } from '../app/api';
import { navigate } from '../app/location';
import { ForumRules } from '../forums/ForumRules';
import { Button } from '../ui/Button';
import { RadioChoice } from '../ui/Choice';
import { Dialog } from '../ui/Dialog';
import { ErrorNote } from '../ui/ErrorNote';
import { TextField } from '../ui/Field';

const BLANK = 'blank';

/**
 * "New document…": a title and a template, each template with its forum's rules (length and
 * what counts, numbered paragraphs, notes, formats, required sections) before it is chosen.
 */
export function NewDocumentDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const templates = useCall('templates.list', {}, { enabled: isOpen });
  const forums = useCall('forums.list', {}, { enabled: isOpen });
  const create = useSave('documents.create');
  const [templateId, setTemplateId] = useState<string>(BLANK);
  const [title, setTitle] = useState('');
  const [tried, setTried] = useState(false);
  const chosen = (templates.data ?? []).find((t) => t.id === templateId) ?? null;
  const forum = (forums.data ?? []).find((f) => f.key === chosen?.forumKey) ?? null;
  const titleProblem = tried && title.trim() === '' ? 'Give the document a title' : undefined;

  const submit = (): void => {
    setTried(true);
    if (title.trim() === '') return;
    create.mutate(
      { title: title.trim(), ...(chosen === null ? {} : { templateId: chosen.id }) },
      {
        onSuccess: (doc) => {
          onClose();
          setTitle('');
          setTried(false);
          navigate(`/documents/${doc.id}`);
        },
      },
    );
  };

  return (
    <Dialog
      title="New document"
      isOpen={isOpen}
      onClose={onClose}
      width="wide"
      footer={
        <>
          <Button onPress={onClose}>Cancel</Button>
          <Button variant="primary" onPress={submit} isDisabled={create.isPending}>
            Create document
          </Button>
        </>
      }
    >
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        validationBehavior="aria"
      >
        <TextField
          label="Title"
          value={title}
          onChange={setTitle}
          error={titleProblem}
          autoFocus
          description="As it will print at the top of the first page; you can change it later."
        />
        <div className="newdoc-grid">
          <RadioChoice
            label="Template"
            value={templateId}
            onChange={setTemplateId}
            options={[
              { value: BLANK, label: 'Blank document', description: 'No forum, no rules.' },
              ...(templates.data ?? []).map((t) => ({
                value: t.id,
                label: t.name,
                description: t.description.split('. ')[0],
              })),
            ]}
          />
          <section className="newdoc-rules" aria-label="The forum’s rules">
            {forum === null ? (
              <p className="muted">
                {chosen === null
                  ? 'A blank document has no forum: no word limit, no required sections.'
                  : 'This template has no forum.'}
              </p>
            ) : (
              <>
                <h3>{forum.name}</h3>
                <p className="muted">
                  {forum.body} · {forum.documentType}
                </p>
                <ForumRules forum={forum} />
              </>
            )}
          </section>
        </div>
        <ErrorNote error={create.error} />
      </Form>
    </Dialog>
  );
}

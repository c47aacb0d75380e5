import { useMemo, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { foldRow, rowMatches } from '../app/filterText';

/** The key of the "make a new one" item. */
const CREATE = '\u0000create';

export interface PickItem {
  id: string;
  label: string;
  /** Other words it is found by (aliases, a publisher). */
  also?: string;
  detail?: string;
}

/**
 * Choose one item of a list by typing part of it (any spelling, as search): for adding a
 * person to a case, a source to an event.
 */
export function Picker({
  label,
  items,
  onPick,
  exclude = [],
  description,
  placeholder,
  onCreate,
  createLabel = (t) => `Add “${t}” as a new one`,
}: {
  label: string;
  items: readonly PickItem[];
  onPick: (id: string) => void;
  exclude?: readonly string[];
  description?: string;
  placeholder?: string;
  /** Offered after the matches: make a new item from the text typed. */
  onCreate?: (text: string) => void;
  createLabel?: (text: string) => string;
}) {
  const [text, setText] = useState('');
  const folded = useMemo(
    () => items.map((i) => ({ item: i, forms: foldRow(`${i.label} ${i.also ?? ''}`) })),
    [items],
  );
  const shown = useMemo(() => {
    // Nothing until something is typed: after a pick the box empties, and an empty list keeps
    // it closed, so what is below it (a dialog's buttons) can be reached.
    if (text.trim() === '') return [];
    const out = folded.filter((f) => !exclude.includes(f.item.id) && rowMatches(f.forms, text));
    return out.slice(0, 50).map((f) => f.item);
  }, [folded, text, exclude]);
  return (
    <ComboBox
      className="field field-medium picker"
      inputValue={text}
      onInputChange={setText}
      onSelectionChange={(key) => {
        if (key === CREATE) onCreate?.(text.trim());
        else if (key !== null) onPick(String(key));
        if (key !== null) setText('');
      }}
      selectedKey={null}
      defaultFilter={() => true}
      menuTrigger="input"
      allowsEmptyCollection={text.trim() !== ''}
    >
      <Label className="field-label">{label}</Label>
      <Input className="field-input" placeholder={placeholder} />
      {description !== undefined && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <Popover className="searchbox-popover" placement="bottom start">
        <ListBox
          className="searchbox-list"
          renderEmptyState={() => <div className="searchbox-empty">Nothing matches.</div>}
        >
          {shown.map((i) => (
            <ListBoxItem key={i.id} id={i.id} textValue={i.label} className="searchbox-item">
              <div className="hit-title">{i.label}</div>
              {i.detail && <div className="hit-excerpt">{i.detail}</div>}
            </ListBoxItem>
          ))}
          {onCreate !== undefined &&
            text.trim() !== '' &&
            !items.some((i) => i.label.trim().toLowerCase() === text.trim().toLowerCase()) && (
              <ListBoxItem
                key={CREATE}
                id={CREATE}
                textValue={createLabel(text.trim())}
                className="searchbox-item picker-create"
              >
                <div className="hit-title">{createLabel(text.trim())}</div>
              </ListBoxItem>
            )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

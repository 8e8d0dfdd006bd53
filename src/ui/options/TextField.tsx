// One labelled text input of a form: the label, the input bound to a value, and an optional hint
// under it that the input is described by.

interface Props {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  /** A password: typed unseen. */
  secret?: boolean;
  inputMode?: 'text' | 'url';
  autoComplete: string;
  required?: boolean;
}

export function TextField({ id, label, value, onValue, hint, secret, inputMode, autoComplete, required }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    autoComplete,
    required,
    value,
    onInput: (e: Event) => onValue((e.currentTarget as HTMLInputElement).value),
    'aria-describedby': hintId,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {secret ? <input type="password" {...common} /> : <input type="text" inputMode={inputMode} {...common} />}
      {hint && <small id={hintId}>{hint}</small>}
    </div>
  );
}

/** A method of the tender chosen from a few, as radio buttons, each explained in one line. */
import type { Dispatch } from 'react';
import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import type { PaneAction } from '../state/pane-actions.js';
import { tenderElementId } from './tender-shown.js';

export interface TenderChoiceProps {
  /** `priceMethod` or `socialValueMethod`. */
  readonly field: string;
  readonly label: string;
  readonly value: string;
  /** Each choice: its literal, its name and what it means. */
  readonly choices: readonly { readonly value: string; readonly label: string; readonly help: string }[];
  readonly dispatch: Dispatch<PaneAction>;
}

const useStyles = makeStyles({
  help: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    paddingLeft: '32px',
    marginBottom: tokens.spacingVerticalXS,
  },
});

/** A labelled radio group bound to one field of the tender draft; each option says what it does. */
export function TenderChoice({ field, label, value, choices, dispatch }: TenderChoiceProps) {
  const styles = useStyles();
  const id = tenderElementId(field);
  return (
    <Field label={label}>
      <RadioGroup
        id={id}
        value={value}
        onChange={(_, data) => dispatch({ type: 'tender-edit', field, value: data.value })}
      >
        {choices.map((choice) => (
          <div key={choice.value}>
            <Radio value={choice.value} label={choice.label} aria-describedby={`${id}-${choice.value}-help`} />
            <div id={`${id}-${choice.value}-help`} className={styles.help}>
              {choice.help}
            </div>
          </div>
        ))}
      </RadioGroup>
    </Field>
  );
}

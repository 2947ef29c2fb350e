/** One setting of the draft chosen from a few options, as radio buttons, each with its guidance. */
import type { Dispatch } from 'react';
import { Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { GUIDANCE } from '../../model/guidance.js';
import type { PaneAction } from '../state/pane-actions.js';
import { fieldElementId, type ShownMessage } from '../state/shown-messages.js';
import { fieldState } from './field-state.js';
import { guidanceHint } from './guidance-hint.js';

export interface DraftChoiceProps {
  /** A scope field id, e.g. `scope.timing`. */
  readonly field: string;
  readonly label: string;
  readonly value: string;
  /** The choices, by their GUIDANCE keys (`end-of-year`, `mid-year`...). */
  readonly choices: readonly string[];
  readonly shown: ShownMessage | undefined;
  readonly dispatch: Dispatch<PaneAction>;
  readonly guidance: string;
}

const useStyles = makeStyles({
  help: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    paddingLeft: '32px',
    marginBottom: tokens.spacingVerticalXS,
  },
});

/** A labelled radio group bound to one draft field; each option says what it means. */
export function DraftChoice({ field, label, value, choices, shown, dispatch, guidance }: DraftChoiceProps) {
  const styles = useStyles();
  return (
    <Field label={label} hint={guidanceHint(guidance)} {...fieldState(shown)}>
      <RadioGroup
        id={fieldElementId(field)}
        value={value}
        onChange={(_, data) => dispatch({ type: 'edit', field, value: data.value })}
      >
        {choices.map((choice) => {
          const help = GUIDANCE[choice];
          const helpId = `${fieldElementId(field)}-${choice}-help`;
          return (
            <div key={choice}>
              <Radio
                value={choice}
                label={help?.label ?? choice}
                aria-describedby={help === undefined ? undefined : helpId}
              />
              {help === undefined ? null : (
                <div id={helpId} className={styles.help}>
                  {guidanceHint(choice)}
                </div>
              )}
            </div>
          );
        })}
      </RadioGroup>
    </Field>
  );
}

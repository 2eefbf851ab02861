/**
 * Text from a plan or a file name, made safe to print on a terminal. A plan can hold control
 * characters (YAML's "\e" writes an ESC), and a terminal obeys them: clear the screen, set the
 * window title, hide what follows. So every C0 control but tab and line feed, DEL, every C1
 * control, and the bidirectional overrides that make text read otherwise than it is stored, are
 * shown as \u001b-style escapes, which a reader can see and look up, instead of being obeyed.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(char: string): string {
  return '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0');
}

export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

const ONE_CONTROL = new RegExp(`^${CONTROL.source}$`);

export function isControl(char: string): boolean {
  return ONE_CONTROL.test(char);
}

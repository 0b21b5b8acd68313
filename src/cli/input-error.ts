/**
 * A problem that stops the command before it can do its work: a bad argument or an input that
 * cannot be read as a table at all. Printed as one line, without a stack trace; exit code 2.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

import { Readable } from 'node:stream';

/**
 * A message's bytes for the SMTP DATA phase that end only once `handOff` has resolved: the client writes the end of
 * data (`<CRLF>.<CRLF>`), after which the server may accept the message, only when this stream ends. When `handOff`
 * rejects, the stream fails instead, the client drops the connection and the server discards the partial message.
 */
export class HandOffStream extends Readable {
  private stage: 'body' | 'hand-off' | 'done' = 'body';

  constructor(
    private readonly body: Buffer,
    private readonly handOff: () => Promise<void>,
  ) {
    super();
  }

  override _read(): void {
    if (this.stage === 'body') {
      this.stage = 'hand-off';
      this.push(this.body);
    } else if (this.stage === 'hand-off') {
      this.stage = 'done';
      this.handOff().then(
        () => this.push(null),
        (err: Error) => this.destroy(err),
      );
    }
  }
}

// Server-sent events read with fetch(), so the Authorization header goes along (EventSource cannot send it).

import { call } from './api.js';

/**
 * Calls onEvent({event, id, data}) for each event of the stream at path until it ends or signal aborts.
 * Parses the text/event-stream format: fields per line, an event per blank line.
 */
export async function readEvents(path, onEvent, signal) {
  const response = await call(path, { accept: 'text/event-stream', signal });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { event: 'message', id: null, data: [] };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    const lines = buffer.split(/\r\n|\r|\n/);
    buffer = lines.pop();
    for (const line of lines) {
      if (line === '') {
        if (event.data.length) {
          onEvent({ event: event.event, id: event.id, data: event.data.join('\n') });
        }
        event = { event: 'message', id: event.id, data: [] };
        continue;
      }
      if (line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') {
        event.data.push(text);
      } else if (field === 'event') {
        event.event = text;
      } else if (field === 'id') {
        event.id = text;
      }
    }
  }
}

// The gateway's REST API, with the API key (when the gateway has keys) sent on every call.

const KEY = 'storyreel.apiKey';

/** An answer that was not 2xx: its status and its problem+json body (RFC 9457), when it had one. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** Field errors as the API names them: {field: message}, the first message per field. */
  fieldErrors() {
    const errors = {};
    for (const { field, message } of this.problem.errors || []) {
      errors[field] ??= message;
    }
    return errors;
  }
}

let asking = null;

/** Shows the key dialog once, however many calls were refused at the same moment. */
function askForKey() {
  asking ??= new Promise(resolve => {
    const dialog = document.getElementById('key-dialog');
    const form = document.getElementById('key-form');
    const input = document.getElementById('key-input');
    form.addEventListener('submit', () => {
      sessionStorage.setItem(KEY, input.value.trim());
      input.value = '';
      asking = null;
      resolve();
    }, { once: true });
    dialog.showModal();
  });
  return asking;
}

function headers(extra) {
  const key = sessionStorage.getItem(KEY);
  return key ? { ...extra, Authorization: `Bearer ${key}` } : { ...extra };
}

/** fetch() against the API; a 401 asks for a key and tries again with it. */
export async function call(path, { method = 'GET', body, accept = 'application/json', signal } = {}) {
  for (;;) {
    const response = await fetch(path, {
      method, signal,
      headers: headers(body === undefined ? { Accept: accept } : { Accept: accept, 'Content-Type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) {
      sessionStorage.removeItem(KEY);
      await askForKey();
      continue;
    }
    if (!response.ok) {
      const type = response.headers.get('Content-Type') || '';
      throw new ApiProblem(response.status, type.includes('json') ? await response.json() : null);
    }
    return response;
  }
}

export async function json(path, options) {
  return (await call(path, options)).json();
}

export const stories = {
  create: request => json('/api/stories', { method: 'POST', body: request }),
  list: (page = 0, size = 20) => json(`/api/stories?page=${page}&size=${size}`),
  get: id => json(`/api/stories/${encodeURIComponent(id)}`),
  retry: id => json(`/api/stories/${encodeURIComponent(id)}/retry`, { method: 'POST' }),
  approve: id => json(`/api/stories/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
  /** changes: {narration} and/or {imagePrompt}, only what the user changed. */
  editScene: (id, index, changes) =>
    json(`/api/stories/${encodeURIComponent(id)}/scenes/${index}`, { method: 'PATCH', body: changes }),
};

// The studio: a form to start a story, the stories list, and a story's page, all from the REST API.

import { ApiProblem, stories } from './api.js';
import { readEvents } from './events.js';

const LIST_INTERVAL_MS = 3000;
const FINAL = new Set(['COMPLETED', 'FAILED']);
const RUNNING = new Set(['REQUESTED', 'WRITING', 'GENERATING', 'RENDERING']);
/** A scene can be edited once the story has stopped: finished, failed or waiting for approval. */
const EDITABLE = new Set(['COMPLETED', 'FAILED', 'AWAITING_APPROVAL']);
const STAGES = ['image', 'narration', 'clip', 'merge'];

const home = document.getElementById('home');
const storyPage = document.getElementById('story');
let leaveRoute = () => {};

/** A new element with attributes and children; text is always set as text, never as HTML. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter(child => child !== null && child !== undefined));
  return node;
}

function cost(value) {
  return value ? `${+value.amount.toFixed(4)} ${value.unit} (${value.vendor})` : null;
}

function statusBadge(status) {
  return el('span', { class: `status status-${status.toLowerCase()}`, text: status.replaceAll('_', ' ').toLowerCase() });
}

/** A presigned link without its signature: the asset's own address, which stays the same while the asset does. */
function assetAddress(url) {
  return url ? String(url).split('?')[0] : null;
}

function busy(button, on) {
  button.disabled = on;
  button.classList.toggle('busy', on);
}

function progressBar(percent) {
  return el('progress', { max: 100, value: percent, 'aria-label': `${percent}%` });
}

// ---- routing ----

function route() {
  leaveRoute();
  const match = location.hash.match(/^#\/stories\/([^/]+)$/);
  if (match) {
    home.hidden = true;
    storyPage.hidden = false;
    leaveRoute = showStory(decodeURIComponent(match[1]));
  } else {
    storyPage.hidden = true;
    home.hidden = false;
    leaveRoute = showHome();
  }
}

// ---- home: the form and the list ----

const form = document.getElementById('story-form');
const startButton = document.getElementById('start');

function showHome() {
  let timer = null;
  let stopped = false;
  const refresh = async () => {
    try {
      renderList(await stories.list());
    } catch (error) {
      renderListError(error);
    }
    if (!stopped) timer = setTimeout(refresh, LIST_INTERVAL_MS);
  };
  refresh();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

function renderList(page) {
  const list = document.getElementById('stories');
  list.removeAttribute('aria-busy');
  if (!page.items.length) {
    list.replaceChildren(el('li', { class: 'empty', text: 'No stories yet.' }));
    return;
  }
  list.replaceChildren(...page.items.map(story => el('li', { class: 'story-item', 'data-story-id': story.storyId },
    el('a', { href: `#/stories/${encodeURIComponent(story.storyId)}` },
      el('span', { class: 'title', text: story.title || story.request?.prompt || 'Untitled story' }),
      statusBadge(story.status),
      progressBar(story.progress.percent),
      el('time', { datetime: story.createdAt, text: new Date(story.createdAt).toLocaleString() })))));
}

function renderListError(error) {
  const list = document.getElementById('stories');
  list.removeAttribute('aria-busy');
  list.replaceChildren(el('li', { class: 'empty', text: `Could not load the stories: ${error.message}` }));
}

function reviewChanged() {
  document.getElementById('review-hint').textContent = form.review.selectedOptions[0].dataset.hint;
}

function sourceChanged() {
  const fromScript = form.source.value === 'script';
  form.querySelector('[data-field="prompt"]').hidden = fromScript;
  form.querySelector('[data-field="script"]').hidden = !fromScript;
}

function clearErrors() {
  form.querySelectorAll('.field-error, .form-error').forEach(p => { p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
}

/** Each field error beside its field (the API names fields as the request does); the rest above the button. */
function showErrors(problem) {
  const rest = [];
  for (const [field, message] of Object.entries(problem.fieldErrors())) {
    const slot = document.getElementById(`${field}-error`);
    const input = document.getElementById(field);
    if (slot && !slot.closest('[hidden]')) {
      slot.textContent = message;
      input?.setAttribute('aria-invalid', 'true');
    } else {
      rest.push(`${field}: ${message}`);
    }
  }
  if (rest.length || !problem.problem.errors?.length) {
    document.getElementById('form-error').textContent = rest.join('; ') || problem.message;
  }
}

function request() {
  const fromScript = form.source.value === 'script';
  const sceneCount = form.sceneCount.value.trim();
  return {
    ...(fromScript ? { script: form.script.value } : { prompt: form.prompt.value }),
    // A number the API can judge; what is not a number goes as written, so the API names the field.
    sceneCount: sceneCount === '' ? undefined : (Number.isInteger(+sceneCount) ? +sceneCount : sceneCount),
    aspectRatio: form.aspectRatio.value,
    voice: form.voice.value.trim() || undefined,
    style: form.style.value.trim() || undefined,
    review: form.review.value,
  };
}

async function start(event) {
  event.preventDefault();
  clearErrors();
  busy(startButton, true);
  try {
    const created = await stories.create(request());
    location.hash = `#/stories/${encodeURIComponent(created.storyId)}`;
  } catch (error) {
    if (error instanceof ApiProblem) showErrors(error);
    else document.getElementById('form-error').textContent = `Could not reach the gateway: ${error.message}`;
  } finally {
    busy(startButton, false);
  }
}

async function readScriptFile() {
  const file = document.getElementById('script-file').files[0];
  if (file) form.script.value = await file.text();
}

// ---- a story's page ----

function backLink() {
  return el('p', { class: 'back' }, el('a', { href: '#/', text: '← all stories' }));
}

function showStory(storyId) {
  const abort = new AbortController();
  storyPage.replaceChildren(backLink(),
    el('div', { class: 'loading', 'aria-busy': 'true' }, el('span', { class: 'spinner' }), ' Loading the story…'));
  new StoryView(storyId, abort.signal).open();
  return () => abort.abort();
}

const AWAITING = {
  storyboard: {
    title: 'Check the storyboard',
    text: 'Nothing has been made or paid for yet. Read each scene\'s narration and picture prompt below and edit any '
      + 'that is not right. The pictures, the narration and the video are made once you approve.',
    button: 'Approve the storyboard',
  },
  pictures: {
    title: 'Check the pictures and narration',
    text: 'Every scene has its picture and narration. Look at them below and edit any scene that is not right: only '
      + 'that scene is made again. The clips and the video are made once you approve.',
    button: 'Approve and make the video',
  },
};

class StoryView {
  constructor(storyId, signal) {
    this.storyId = storyId;
    this.signal = signal;
    this.story = null;
    this.following = false;
    this.header = el('header', { class: 'story-header' });
    this.approval = el('section', { class: 'approval', hidden: true, 'aria-live': 'polite' });
    this.approvalShown = null;
    this.problem = el('section', { class: 'problem', hidden: true });
    this.current = el('div', { class: 'current' });
    this.videoAddress = null;
    this.versions = el('div', { class: 'versions' });
    this.versionsShown = '';
    this.player = el('section', { class: 'player', hidden: true }, this.current, this.versions);
    this.cast = el('section', { class: 'cast', hidden: true });
    this.castShown = null;
    this.scenes = el('ol', { class: 'scenes' });
    this.cards = new Map();
  }

  /** The story now, then each change from its event stream. */
  async open() {
    try {
      this.render(await stories.get(this.storyId));
    } catch (error) {
      if (!this.signal.aborted) this.showFailure(error);
      return;
    }
    this.follow();
  }

  /**
   * Reads the event stream until the story completes or fails; a stream that ends early is opened again. The
   * stream ends with the story, so a retry, an approval or an edit calls this again to follow the new run.
   */
  async follow() {
    if (this.following) return;
    this.following = true;
    try {
      while (!this.signal.aborted && !FINAL.has(this.story.status)) {
        await readEvents(`/api/stories/${encodeURIComponent(this.storyId)}/events`, event => {
          if (event.event === 'progress') this.render(JSON.parse(event.data));
        }, this.signal);
      }
    } catch (error) {
      if (!this.signal.aborted) this.showFailure(error);
    } finally {
      this.following = false;
    }
  }

  /** The story as a retry, an approval or an edit answered it, then its new run followed live. */
  resume(story) {
    this.render(story);
    this.follow();
  }

  render(story) {
    const first = this.story === null;
    this.story = story;
    if (first) {
      storyPage.replaceChildren(backLink(), this.header, this.approval, this.problem, this.player, this.cast, this.scenes);
    }
    this.header.replaceChildren(
      el('h1', { text: story.title || story.request?.prompt || 'Writing the story…' }),
      el('p', { class: 'meta' }, statusBadge(story.status), progressBar(story.progress.percent),
        el('span', { text: `${story.progress.percent}%` }),
        ...storyActions(this, story)),
      ...totalCost(story));
    this.renderApproval(story);
    this.renderError(story);
    this.renderOutput(story);
    this.renderCast(story.characters || []);
    this.renderScenes(story);
  }

  /** The story's characters as every picture draws them; rebuilt only when they change. */
  renderCast(characters) {
    const shown = JSON.stringify(characters);
    if (shown === this.castShown) return;
    this.castShown = shown;
    this.cast.hidden = !characters.length;
    this.cast.replaceChildren(el('h2', { text: 'Cast' }), el('ul', { class: 'cast-list' }, ...characters.map(character =>
      el('li', { class: 'character' },
        el('span', { class: 'character-name', text: character.name }),
        character.role ? el('span', { class: 'character-role', text: character.role }) : null,
        el('span', { class: 'character-description', text: character.description })))));
  }

  /** The banner of a story held for review; built once per hold, so a click in progress is not undone by an update. */
  renderApproval(story) {
    const awaiting = story.status === 'AWAITING_APPROVAL' ? (story.awaiting || 'review') : null;
    this.approval.hidden = awaiting === null;
    if (awaiting === this.approvalShown) return;
    this.approvalShown = awaiting;
    if (awaiting === null) {
      this.approval.replaceChildren();
      return;
    }
    const words = AWAITING[awaiting]
      || { title: 'Waiting for your approval', text: 'The story goes on once you approve it.', button: 'Approve' };
    const button = el('button', { type: 'button', class: 'approve', text: words.button });
    const error = el('p', { class: 'form-error', role: 'alert' });
    button.addEventListener('click', async () => {
      error.textContent = '';
      busy(button, true);
      try {
        this.resume(await stories.approve(this.storyId));
      } catch (failure) {
        busy(button, false);
        error.textContent = failure.message;
      }
    });
    this.approval.dataset.awaiting = awaiting;
    this.approval.replaceChildren(el('h2', { text: words.title }), el('p', { text: words.text }), button, error);
  }

  renderError(story) {
    this.problem.hidden = story.status !== 'FAILED' || !story.error;
    if (this.problem.hidden) return;
    const error = story.error;
    this.problem.replaceChildren(el('h2', { text: 'It failed' }),
      el('dl', {},
        el('dt', { text: 'Stage' }), el('dd', { class: 'error-stage', text: error.stage }),
        el('dt', { text: 'Scene' }), el('dd', { class: 'error-scene', text: error.scene ?? 'the whole story' }),
        el('dt', { text: 'Reason' }), el('dd', { class: 'error-reason', text: error.reason })));
  }

  /** The video with its downloads, and the earlier videos an edit replaced. */
  renderOutput(story) {
    const output = story.output;
    const versions = story.versions || [];
    this.player.hidden = !output && !versions.length;
    this.renderVideo(output, versions.length ? versions.length + 1 : null);
    this.renderVersions(versions);
  }

  renderVideo(output, number) {
    const address = assetAddress(output?.video);
    // Once per video, not per update: presigned links change every time, and a new element restarts playback.
    if (address === this.videoAddress) return;
    this.videoAddress = address;
    if (!output) {
      this.current.replaceChildren();
      return;
    }
    const video = el('video', { controls: true, preload: 'auto', src: output.video });
    this.current.replaceChildren(
      video,
      el('p', { class: 'downloads' },
        number ? el('span', { class: 'version-label', text: `Version ${number}` }) : null,
        el('a', { href: output.video, download: true, class: 'download-mp4', text: 'MP4' }),
        el('a', { href: output.srt, download: true, class: 'download-srt', text: 'SRT' }),
        el('a', { href: output.vtt, download: true, class: 'download-vtt', text: 'WebVTT' }),
        el('span', { class: 'duration', text: `${output.durationSeconds.toFixed(1)} s` })));
    addCaptions(video, output.vtt, this.current);
  }

  renderVersions(versions) {
    const shown = versions.map(version => assetAddress(version.video)).join(' ');
    if (shown === this.versionsShown) return;
    this.versionsShown = shown;
    if (!versions.length) {
      this.versions.replaceChildren();
      return;
    }
    this.versions.replaceChildren(el('h2', { text: 'Previous versions' }),
      el('ul', { class: 'version-list' }, ...versions.map(version => el('li', {
        class: 'version', 'data-version': version.version,
        title: version.replacedAt ? `Replaced ${new Date(version.replacedAt).toLocaleString()}` : null,
      },
      el('span', { text: `Version ${version.version} — ${version.durationSeconds.toFixed(1)} s — ` }),
      el('a', { href: version.video, download: true, class: 'version-mp4', text: 'MP4' }), ' · ',
      el('a', { href: version.srt, download: true, class: 'version-srt', text: 'SRT' }), ' · ',
      el('a', { href: version.vtt, download: true, class: 'version-vtt', text: 'VTT' })))));
  }

  renderScenes(story) {
    const scenes = story.scenes || [];
    if (!scenes.length) {
      this.scenes.replaceChildren(...Array.from({ length: story.request?.sceneCount || 3 },
        () => el('li', { class: 'scene skeleton-card' })));
      return;
    }
    // Cards are updated in place, so a picture already shown is not loaded again and an open editor stays open.
    scenes.forEach(scene => {
      let card = this.cards.get(scene.index);
      if (!card) {
        this.scenes.querySelectorAll('.skeleton-card').forEach(skeleton => skeleton.remove());
        card = new SceneCard(this, scene.index);
        this.cards.set(scene.index, card);
        this.scenes.append(card.element);
      }
      card.render(story, scene);
    });
  }

  showFailure(error) {
    const message = error instanceof ApiProblem && error.status === 404 ? 'There is no such story.' : error.message;
    storyPage.replaceChildren(backLink(), el('p', { class: 'form-error', text: `Could not show the story: ${message}` }));
  }
}

/**
 * The WebVTT as the video's captions. The file is on another origin (a presigned S3 link), where a <track>
 * would need the video itself fetched with CORS; read as text into a same-origin blob, only the captions
 * need the store's CORS, and the video plays without it.
 */
async function addCaptions(video, vttUrl, player) {
  try {
    const response = await fetch(vttUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const captions = URL.createObjectURL(new Blob([await response.text()], { type: 'text/vtt' }));
    video.append(el('track', { kind: 'captions', label: 'Captions', srclang: 'en', src: captions, default: true }));
  } catch (error) {
    player.append(el('p', { class: 'form-error', text: `The captions could not be loaded: ${error.message}` }));
  }
}

function totalCost(story) {
  const total = story.costs?.total || [];
  return total.length ? [el('p', { class: 'cost', text: `Cost: ${total.map(cost).join(', ')}` })] : [];
}

/** What can be done to the whole story now, beside its status (approval has its banner). */
function storyActions(view, story) {
  if (story.status !== 'FAILED') return [];
  const button = el('button', { type: 'button', class: 'retry', text: 'Retry' });
  button.addEventListener('click', async () => {
    busy(button, true);
    try {
      view.resume(await stories.retry(story.storyId));
    } catch (error) {
      busy(button, false);
      button.after(el('span', { class: 'form-error', text: error.message }));
    }
  });
  return [button];
}

/** What can be done to one scene now: edit it once the story has stopped. */
function sceneActions(card, story) {
  if (!EDITABLE.has(story.status)) return [];
  return [el('button', { type: 'button', class: 'edit secondary', text: 'Edit', onclick: () => card.openEditor() })];
}

const SCENE_FIELDS = { narration: 'Narration', imagePrompt: 'Picture prompt' };

/**
 * One scene's card: picture, texts, stages and actions, each updated in place. Each stage's asset address is on
 * the card too (data-image-asset, data-narration-asset, ...), so what an edit re-made can be told from the page.
 */
class SceneCard {
  constructor(view, index) {
    this.view = view;
    this.index = index;
    this.scene = null;
    this.editor = null;
    this.pictureShown = null;
    this.picture = el('div', { class: 'picture' });
    this.title = el('h2');
    this.texts = el('div', { class: 'scene-texts' });
    this.stages = el('ul', { class: 'stages' });
    this.actions = el('div', { class: 'scene-actions' });
    this.element = el('li', { class: 'scene', 'data-scene': index }, this.picture,
      el('div', { class: 'scene-body' }, this.title, this.texts, this.stages, this.actions));
  }

  render(story, scene) {
    this.scene = scene;
    this.renderPicture(story, scene);
    this.title.replaceChildren(`Scene ${scene.index + 1}`, ...(scene.editedAt
      ? [el('span', { class: 'edited', title: `Edited ${new Date(scene.editedAt).toLocaleString()}`, text: 'edited' })] : []));
    if (!this.editor) {
      this.texts.replaceChildren(
        el('p', { class: 'narration', text: scene.narration }),
        scene.imagePrompt ? el('p', { class: 'image-prompt' }, el('span', { text: 'Picture: ' }), scene.imagePrompt) : null);
      this.actions.replaceChildren(...sceneActions(this, story));
    }
    this.stages.replaceChildren(...STAGES.map(name => stageItem(name, scene.stages[name])));
    for (const name of STAGES) {
      const address = assetAddress(scene.stages[name]?.url);
      if (address) this.element.setAttribute(`data-${name}-asset`, address);
      else this.element.removeAttribute(`data-${name}-asset`);
    }
  }

  renderPicture(story, scene) {
    const url = scene.stages.image?.url;
    const waiting = RUNNING.has(story.status) && scene.stages.image?.state !== 'FAILED';
    const shown = url ? assetAddress(url)
      : waiting ? 'making' : story.status === 'AWAITING_APPROVAL' ? 'after-approval' : 'none';
    if (shown === this.pictureShown) return;
    this.pictureShown = shown;
    if (url) {
      this.picture.replaceChildren(el('img', { src: url, alt: scene.imagePrompt || `Scene ${scene.index + 1}`, 'data-key': shown }));
    } else if (waiting) {
      this.picture.replaceChildren(el('div', { class: 'picture-pending', 'aria-busy': 'true' }, el('span', { class: 'spinner' })));
    } else {
      // Nothing is coming yet: a short note, not a picture-sized blank.
      this.picture.replaceChildren(el('div', { class: 'picture-pending picture-later',
        text: shown === 'after-approval' ? 'The picture is made after your approval' : 'No picture' }));
    }
  }

  /** The narration and picture prompt as text areas, with Save and Cancel; live updates leave them alone. */
  openEditor() {
    const scene = this.scene;
    const fields = Object.entries(SCENE_FIELDS).map(([name, label]) => {
      const id = `scene-${this.index}-${name}`;
      return el('div', { class: 'field', 'data-field': name },
        el('label', { for: id, text: label }),
        el('textarea', { id, name, rows: name === 'narration' ? 4 : 3, text: scene[name] || '' }),
        el('p', { class: 'field-error', id: `${id}-error`, role: 'alert' }));
    });
    const error = el('p', { class: 'form-error', role: 'alert' });
    const save = el('button', { type: 'submit', class: 'save', text: 'Save' });
    const cancel = el('button', { type: 'button', class: 'cancel secondary', text: 'Cancel', onclick: () => this.closeEditor() });
    const held = this.view.story.awaiting === 'storyboard';
    this.editor = el('form', { class: 'scene-editor', novalidate: true }, ...fields,
      el('p', { class: 'hint', text: held ? 'Nothing is made before you approve the storyboard.'
        : 'Saving makes this scene again, then the video; the other scenes are kept.' }),
      error, el('div', { class: 'editor-buttons' }, save, cancel));
    this.editor.addEventListener('submit', event => {
      event.preventDefault();
      this.save(scene, save, error);
    });
    this.editor.addEventListener('keydown', event => {
      if (event.key === 'Escape') this.closeEditor();
    });
    this.texts.replaceChildren(this.editor);
    this.actions.replaceChildren();
    this.editor.elements.narration.focus();
  }

  closeEditor() {
    this.editor = null;
    this.render(this.view.story, this.scene);
  }

  /** Sends only what changed; a 400 shows each field's error beside it, anything else (a 409) above the buttons. */
  async save(scene, button, error) {
    const editor = this.editor;
    editor.querySelectorAll('.field-error').forEach(slot => { slot.textContent = ''; });
    editor.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
    error.textContent = '';
    const changes = {};
    for (const name of Object.keys(SCENE_FIELDS)) {
      const value = editor.elements[name].value.trim();
      if (value !== (scene[name] || '')) changes[name] = value;
    }
    if (!Object.keys(changes).length) {
      this.closeEditor();
      return;
    }
    busy(button, true);
    try {
      const story = await stories.editScene(this.view.storyId, this.index, changes);
      this.editor = null;
      this.view.resume(story);
    } catch (failure) {
      busy(button, false);
      if (!(failure instanceof ApiProblem)) {
        error.textContent = `Could not reach the gateway: ${failure.message}`;
        return;
      }
      const rest = [];
      for (const [field, message] of Object.entries(failure.fieldErrors())) {
        if (field in SCENE_FIELDS) {
          editor.querySelector(`#scene-${this.index}-${field}-error`).textContent = message;
          editor.elements[field].setAttribute('aria-invalid', 'true');
        } else {
          rest.push(`${field}: ${message}`);
        }
      }
      if (rest.length || !failure.problem.errors?.length) error.textContent = rest.join('; ') || failure.message;
    }
  }
}

function stageItem(name, stage) {
  const state = stage?.state || 'PENDING';
  return el('li', { class: `stage stage-${state.toLowerCase()}`, 'data-stage': name },
    // A finished stage's name opens what it made: the picture, the narration, the clip or the merged scene.
    stage?.url ? el('a', { class: 'stage-name', href: stage.url, target: '_blank', rel: 'noopener', text: name })
      : el('span', { class: 'stage-name', text: name }),
    el('span', { class: 'stage-state', text: state.toLowerCase() }),
    stage?.durationSeconds != null ? el('span', { class: 'stage-time', text: `${stage.durationSeconds.toFixed(1)} s` }) : null,
    stage?.cost ? el('span', { class: 'stage-cost', text: cost(stage.cost) }) : null,
    stage?.reason ? el('span', { class: 'stage-reason', text: stage.reason }) : null);
}

form.addEventListener('submit', start);
form.addEventListener('change', event => {
  if (event.target.name === 'source') sourceChanged();
  if (event.target.name === 'review') reviewChanged();
});
document.getElementById('script-file').addEventListener('change', readScriptFile);
window.addEventListener('hashchange', route);
reviewChanged();
route();

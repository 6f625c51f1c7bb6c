// The studio: a form to start a story, the stories list, and a story's page, all from the REST API.

import { ApiProblem, stories } from './api.js';
import { readEvents } from './events.js';

const LIST_INTERVAL_MS = 3000;
const FINAL = new Set(['COMPLETED', 'FAILED']);
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
  };
}

async function start(event) {
  event.preventDefault();
  clearErrors();
  startButton.disabled = true;
  startButton.classList.add('busy');
  try {
    const created = await stories.create(request());
    location.hash = `#/stories/${encodeURIComponent(created.storyId)}`;
  } catch (error) {
    if (error instanceof ApiProblem) showErrors(error);
    else document.getElementById('form-error').textContent = `Could not reach the gateway: ${error.message}`;
  } finally {
    startButton.disabled = false;
    startButton.classList.remove('busy');
  }
}

async function readScriptFile() {
  const file = document.getElementById('script-file').files[0];
  if (file) form.script.value = await file.text();
}

// ---- a story's page ----

function showStory(storyId) {
  const abort = new AbortController();
  storyPage.replaceChildren(el('p', { class: 'back' }, el('a', { href: '#/', text: '← all stories' })),
    el('div', { class: 'loading', 'aria-busy': 'true' }, el('span', { class: 'spinner' }), ' Loading the story…'));
  follow(storyId, abort.signal);
  return () => abort.abort();
}

/** The story now, then each change from its event stream; a stream that ends early is opened again. */
async function follow(storyId, signal) {
  const view = new StoryView(storyId);
  try {
    view.render(await stories.get(storyId));
    while (!signal.aborted && !FINAL.has(view.story.status)) {
      await readEvents(`/api/stories/${encodeURIComponent(storyId)}/events`, event => {
        if (event.event === 'progress') view.render(JSON.parse(event.data));
      }, signal);
    }
  } catch (error) {
    if (signal.aborted) return;
    view.showFailure(error);
  }
}

class StoryView {
  constructor(storyId) {
    this.storyId = storyId;
    this.story = null;
    this.header = el('header', { class: 'story-header' });
    this.player = el('section', { class: 'player', hidden: true });
    this.problem = el('section', { class: 'problem', hidden: true });
    this.scenes = el('ol', { class: 'scenes' });
    this.videoUrl = null;
  }

  render(story) {
    const first = this.story === null;
    this.story = story;
    if (first) {
      storyPage.replaceChildren(el('p', { class: 'back' }, el('a', { href: '#/', text: '← all stories' })),
        this.header, this.problem, this.player, this.scenes);
    }
    this.header.replaceChildren(
      el('h1', { text: story.title || story.request?.prompt || 'Writing the story…' }),
      el('p', { class: 'meta' }, statusBadge(story.status), progressBar(story.progress.percent),
        el('span', { text: `${story.progress.percent}%` }),
        ...storyActions(story)),
      ...totalCost(story));
    this.renderError(story);
    this.renderOutput(story);
    this.renderScenes(story);
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

  renderOutput(story) {
    const output = story.output;
    if (!output || output.video === this.videoUrl) return;
    // Once per video: replacing the element would restart playback at every update.
    this.videoUrl = output.video;
    this.player.hidden = false;
    const video = el('video', { controls: true, preload: 'auto', src: output.video });
    this.player.replaceChildren(
      video,
      el('p', { class: 'downloads' },
        el('a', { href: output.video, download: true, class: 'download-mp4', text: 'MP4' }),
        el('a', { href: output.srt, download: true, class: 'download-srt', text: 'SRT' }),
        el('a', { href: output.vtt, download: true, class: 'download-vtt', text: 'WebVTT' }),
        el('span', { class: 'duration', text: `${output.durationSeconds.toFixed(1)} s` })));
    addCaptions(video, output.vtt, this.player);
  }

  renderScenes(story) {
    const scenes = story.scenes || [];
    if (!scenes.length) {
      this.scenes.replaceChildren(...Array.from({ length: story.request?.sceneCount || 3 },
        () => el('li', { class: 'scene skeleton-card' })));
      return;
    }
    // Cards are updated in place, so a picture already shown is not loaded again.
    scenes.forEach(scene => {
      let card = this.scenes.querySelector(`[data-scene="${scene.index}"]`);
      if (!card) {
        this.scenes.querySelectorAll('.skeleton-card').forEach(skeleton => skeleton.remove());
        card = el('li', { class: 'scene', 'data-scene': scene.index });
        this.scenes.append(card);
      }
      renderScene(card, story, scene);
    });
  }

  showFailure(error) {
    const message = error instanceof ApiProblem && error.status === 404 ? 'There is no such story.' : error.message;
    storyPage.replaceChildren(el('p', { class: 'back' }, el('a', { href: '#/', text: '← all stories' })),
      el('p', { class: 'form-error', text: `Could not show the story: ${message}` }));
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

/** What can be done to the whole story now. Approval (POST .../approve, issue 10) will join retry here. */
function storyActions(story) {
  if (story.status !== 'FAILED') return [];
  const button = el('button', { type: 'button', class: 'retry', text: 'Retry' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    button.classList.add('busy');
    try {
      await stories.retry(story.storyId);
      // The finished stream ended with the failure; the page opens the story again to follow its new run.
      route();
    } catch (error) {
      button.disabled = false;
      button.classList.remove('busy');
      button.after(el('span', { class: 'form-error', text: error.message }));
    }
  });
  return [button];
}

/** What can be done to one scene now. Editing it (PATCH .../scenes/{index}, issue 10) will plug in here. */
function sceneActions(story, scene) {
  return [];
}

function renderScene(card, story, scene) {
  const image = scene.stages.image;
  const oldPicture = card.querySelector('img');
  const picture = image?.url
    ? (oldPicture?.dataset.key === image.url.split('?')[0] ? oldPicture
      : el('img', { src: image.url, alt: scene.imagePrompt || `Scene ${scene.index + 1}`, 'data-key': image.url.split('?')[0] }))
    : el('div', { class: 'picture-pending', 'aria-busy': 'true' }, el('span', { class: 'spinner' }));
  card.replaceChildren(
    el('div', { class: 'picture' }, picture),
    el('div', { class: 'scene-body' },
      el('h2', { text: `Scene ${scene.index + 1}` }),
      el('p', { class: 'narration', text: scene.narration }),
      el('ul', { class: 'stages' }, ...STAGES.map(name => stageItem(name, scene.stages[name]))),
      ...sceneActions(story, scene)));
}

function stageItem(name, stage) {
  const state = stage?.state || 'PENDING';
  return el('li', { class: `stage stage-${state.toLowerCase()}`, 'data-stage': name },
    el('span', { class: 'stage-name', text: name }),
    el('span', { class: 'stage-state', text: state.toLowerCase() }),
    stage?.durationSeconds != null ? el('span', { class: 'stage-time', text: `${stage.durationSeconds.toFixed(1)} s` }) : null,
    stage?.cost ? el('span', { class: 'stage-cost', text: cost(stage.cost) }) : null,
    stage?.reason ? el('span', { class: 'stage-reason', text: stage.reason }) : null);
}

form.addEventListener('submit', start);
form.addEventListener('change', event => {
  if (event.target.name === 'source') sourceChanged();
});
document.getElementById('script-file').addEventListener('change', readScriptFile);
window.addEventListener('hashchange', route);
route();

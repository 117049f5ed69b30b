// The sandbox page: plays several Telegram users side by side. Everything shown is built with
// DOM nodes and textContent, never an HTML string, so no text from a user or the bot runs as markup.
'use strict';

const ACTION_HEADERS = { 'X-Sandbox-Action': 'page' };
const TOAST_MILLIS = 2500;
/** A deep link that opens a bot with a start payload, as Telegram's apps understand it. */
const START_LINK = /^https?:\/\/(?:t|telegram)\.me\/([A-Za-z0-9_]{3,64})\?start=([A-Za-z0-9_-]{1,64})$/;
const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

const phones = new Map(); // user id -> { user, element, chat, messages: Map(message id -> element) }
let botUsername = '';

// ---- small helpers

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showProblem(text) {
  const problem = document.getElementById('problem');
  problem.textContent = text;
  problem.hidden = false;
  clearTimeout(showProblem.timer);
  showProblem.timer = setTimeout(() => { problem.hidden = true; }, 8000);
}

async function act(path, body, contentType = 'application/json') {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { ...ACTION_HEADERS, 'Content-Type': contentType },
      body: contentType === 'application/json' ? JSON.stringify(body) : body,
    });
    if (!response.ok) {
      const answer = await response.json().catch(() => ({ error: response.statusText }));
      showProblem(answer.error || ('HTTP ' + response.status));
      return null;
    }
    return response.status === 204 ? {} : await response.json();
  } catch (unreachable) {
    showProblem('the sandbox does not answer: ' + unreachable.message);
    return null;
  }
}

function isWebLink(url) {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch (notAUrl) {
    return false;
  }
}

// ---- links: a start link of this bot opens in a chosen user's chat, others in a new tab

function startLinkPayload(url) {
  const match = START_LINK.exec(url);
  return match && match[1].toLowerCase() === botUsername.toLowerCase() ? match[2] : null;
}

function openLink(url) {
  const payload = startLinkPayload(url);
  if (payload !== null) {
    chooseUserFor(url, payload);
  } else if (isWebLink(url)) {
    window.open(url, '_blank', 'noopener,noreferrer');
  }
}

function linkNode(url, text) {
  if (!isWebLink(url)) return element('span', 'link-text', text);
  const link = element('a', 'link', text);
  link.href = url;
  link.rel = 'noopener noreferrer';
  link.target = '_blank';
  link.addEventListener('click', event => {
    event.preventDefault();
    openLink(url);
  });
  return link;
}

/** Asks in whose Telegram to do something (open a link, scan a QR code), then does it as that user. */
function chooseUser(title, target, actAs) {
  const dialog = document.getElementById('user-dialog');
  document.getElementById('user-dialog-title').textContent = title;
  document.getElementById('user-dialog-target').textContent = target;
  const list = document.getElementById('dialog-users');
  list.replaceChildren();
  for (const { user } of phones.values()) {
    const button = element('button', 'dialog-user', user.firstName + ' (' + user.languageCode + ')');
    button.type = 'button';
    button.dataset.userName = user.firstName;
    button.addEventListener('click', async () => {
      dialog.close();
      highlight(user.id);
      await actAs(user);
    });
    list.append(button);
  }
  dialog.showModal();
}

function chooseUserFor(url, payload) {
  chooseUser('Open the link in whose Telegram?', url,
    user => act('api/users/' + user.id + '/messages', { text: '/start ' + payload }));
}

/** The server reads the QR code: a start link of this bot opens in the chosen user's chat, another link opens here. */
function scanAs(attachment) {
  chooseUser('Scan the QR code with whose phone?', 'the picture\'s QR code', async user => {
    const scanned = await act('api/users/' + user.id + '/scans', { fileId: attachment.fileId });
    if (scanned === null || scanned.opened) return;
    if (isWebLink(scanned.text)) {
      openLink(scanned.text);
    } else {
      showProblem('the QR code says: ' + scanned.text);
    }
  });
}

function highlight(userId) {
  const phone = phones.get(userId);
  if (!phone) return;
  phone.element.scrollIntoView({ behavior: 'smooth', inline: 'center', block: 'nearest' });
  phone.element.classList.add('highlight');
  setTimeout(() => phone.element.classList.remove('highlight'), 1200);
}

// ---- text with entities, and plain URLs made clickable as Telegram's apps do

function appendPlain(parent, text) {
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,!?:;)]+$/, '');
    parent.append(document.createTextNode(text.slice(at, match.index)));
    parent.append(linkNode(url, url));
    at = match.index + url.length;
  }
  parent.append(document.createTextNode(text.slice(at)));
}

function entityNode(entity) {
  switch (entity.type) {
    case 'bold': return element('b');
    case 'italic': return element('i');
    case 'underline': return element('u');
    case 'strikethrough': return element('s');
    case 'code': return element('code');
    case 'pre': {
      const block = element('pre');
      if (entity.language) block.dataset.language = entity.language;
      return block;
    }
    case 'blockquote':
    case 'expandable_blockquote': return element('blockquote');
    case 'spoiler': {
      const spoiler = element('span', 'spoiler');
      spoiler.addEventListener('click', () => spoiler.classList.add('revealed'));
      return spoiler;
    }
    case 'text_link': return isWebLink(entity.url) ? linkNode(entity.url) : element('span');
    default: return element('span');
  }
}

/** Entities come from well-formed markup, so they nest; offsets count UTF-16 units, like JavaScript strings. */
function renderText(text, entities) {
  const container = element('div', 'text');
  const sorted = [...entities].sort((a, b) => a.offset - b.offset || b.length - a.length);
  let next = 0;
  function fill(parent, start, end, insideLink) {
    let at = start;
    while (next < sorted.length && sorted[next].offset < end) {
      const entity = sorted[next++];
      if (entity.offset < at) continue; // overlaps a sibling: shown unformatted
      const plain = text.slice(at, entity.offset);
      insideLink ? parent.append(plain) : appendPlain(parent, plain);
      const node = entityNode(entity);
      parent.append(node);
      const entityEnd = Math.min(entity.offset + entity.length, end);
      fill(node, entity.offset, entityEnd, insideLink || node.tagName === 'A');
      at = entityEnd;
    }
    const rest = text.slice(at, end);
    insideLink ? parent.append(rest) : appendPlain(parent, rest);
  }
  fill(container, 0, text.length, false);
  return container;
}

// ---- messages

function formatSize(bytes) {
  return bytes < 1024 ? bytes + ' B' : bytes < 1048576 ? Math.round(bytes / 1024) + ' KB' : (bytes / 1048576).toFixed(1) + ' MB';
}

function renderAttachment(attachment) {
  if (attachment.kind === 'photo') {
    const photo = element('img', 'photo');
    photo.src = attachment.url;
    photo.alt = 'photo';
    photo.addEventListener('click', () => window.open(attachment.url, '_blank', 'noopener,noreferrer'));
    const scan = element('button', 'scan-button', '📷 Scan QR code as…');
    scan.type = 'button';
    scan.title = 'Point a user\'s phone at this picture: a QR code with the bot\'s link opens their chat';
    scan.addEventListener('click', () => scanAs(attachment));
    const figure = element('div', 'picture');
    figure.append(photo, scan);
    return figure;
  }
  const document_ = element('a', 'document', '📄 ' + (attachment.fileName || 'document') + ' · ' + formatSize(attachment.size));
  document_.href = attachment.url;
  document_.download = attachment.fileName || 'document';
  return document_;
}

function renderInlineKeyboard(userId, message) {
  const keyboard = element('div', 'inline-keyboard');
  message.inlineKeyboard.forEach((row, rowIndex) => {
    const line = element('div', 'inline-row');
    row.forEach((button, columnIndex) => {
      const node = element('button', 'inline-button ' + button.kind, button.text);
      node.type = 'button';
      node.addEventListener('click', async () => {
        if (button.kind === 'url') {
          openLink(button.url); // a url button sends Telegram nothing
          return;
        }
        node.classList.add('pending');
        const answer = await act('api/users/' + userId + '/presses', { messageId: message.id, row: rowIndex, column: columnIndex });
        if (answer === null) node.classList.remove('pending');
      });
      line.append(node);
    });
    keyboard.append(line);
  });
  return keyboard;
}

function renderMessage(userId, message) {
  const row = element('div', 'message-row ' + (message.fromBot ? 'bot' : 'user'));
  row.dataset.messageId = message.id;
  const bubble = element('div', 'message');
  row.append(bubble);
  if (message.deleted) {
    bubble.classList.add('deleted');
    bubble.textContent = 'message deleted';
    return row;
  }
  if (message.attachment) bubble.append(renderAttachment(message.attachment));
  if (message.text) bubble.append(renderText(message.text, message.entities));
  const time = new Date(message.date * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  bubble.append(element('div', 'stamp', (message.edited ? 'edited ' : '') + time));
  if (message.inlineKeyboard.length > 0) row.append(renderInlineKeyboard(userId, message));
  return row;
}

function showMessage(userId, message) {
  const phone = phones.get(userId);
  if (!phone) return;
  const nearBottom = phone.chat.scrollHeight - phone.chat.scrollTop - phone.chat.clientHeight < 80;
  const node = renderMessage(userId, message);
  const existing = phone.messages.get(message.id);
  if (existing) {
    existing.replaceWith(node);
  } else {
    phone.chat.append(node);
  }
  phone.messages.set(message.id, node);
  if (nearBottom || !existing) phone.chat.scrollTop = phone.chat.scrollHeight;
  showStartButton(phone);
}

/** Telegram offers START in a chat with no message yet. */
function showStartButton(phone) {
  phone.element.querySelector('.start-button').hidden = phone.messages.size > 0;
}

function showReplyKeyboard(userId, rows) {
  const phone = phones.get(userId);
  if (!phone) return;
  const keyboard = phone.element.querySelector('.reply-keyboard');
  keyboard.replaceChildren();
  for (const labels of rows) {
    const line = element('div', 'reply-row');
    for (const label of labels) {
      const button = element('button', 'reply-button', label);
      button.type = 'button';
      button.addEventListener('click', () => act('api/users/' + userId + '/messages', { text: label }));
      line.append(button);
    }
    keyboard.append(line);
  }
}

function showCallbackAnswer(answer) {
  const phone = phones.get(answer.userId);
  if (!phone) return;
  phone.element.querySelectorAll('.inline-button.pending').forEach(button => button.classList.remove('pending'));
  if (!answer.text) return;
  if (answer.showAlert) {
    document.getElementById('alert-title').textContent = phone.user.firstName + ' sees';
    document.getElementById('alert-text').textContent = answer.text;
    const dialog = document.getElementById('alert-dialog');
    if (!dialog.open) dialog.showModal();
    return;
  }
  const toast = phone.element.querySelector('.toast');
  toast.textContent = answer.text;
  toast.hidden = false;
  clearTimeout(phone.toastTimer);
  phone.toastTimer = setTimeout(() => { toast.hidden = true; }, TOAST_MILLIS);
}

// ---- the bot's command menu, read from the server each time it opens

async function toggleCommandMenu(phone) {
  const menu = phone.element.querySelector('.command-menu');
  if (!menu.hidden) {
    menu.hidden = true;
    return;
  }
  let answer;
  try {
    const response = await fetch('api/users/' + phone.user.id + '/commands');
    answer = await response.json();
    if (!response.ok) throw new Error(answer.error || ('HTTP ' + response.status));
  } catch (failed) {
    showProblem('the command menu could not be read: ' + failed.message);
    return;
  }
  menu.replaceChildren();
  if (answer.commands.length === 0) menu.append(element('div', 'command-empty', 'The bot has set no commands.'));
  for (const { command, description } of answer.commands) {
    const entry = element('button', 'command');
    entry.type = 'button';
    entry.dataset.command = command;
    entry.append(element('span', 'command-name', '/' + command), element('span', 'command-description', description));
    entry.addEventListener('click', () => {
      menu.hidden = true;
      act('api/users/' + phone.user.id + '/messages', { text: '/' + command });
    });
    menu.append(entry);
  }
  menu.hidden = false;
}

// ---- phones

function uploadFrom(input, userId, kind) {
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    const path = 'api/users/' + userId + '/files?as=' + kind + '&name=' + encodeURIComponent(file.name);
    await act(path, file, file.type || 'application/octet-stream');
  });
}

function addPhone(chat) {
  if (phones.has(chat.id)) return phones.get(chat.id);
  const element_ = document.getElementById('phone-template').content.firstElementChild.cloneNode(true);
  element_.dataset.userId = chat.id;
  element_.dataset.userName = chat.firstName;
  element_.querySelector('.avatar').textContent = chat.firstName.slice(0, 1).toUpperCase();
  element_.querySelector('.name').textContent = chat.firstName;
  element_.querySelector('.meta').textContent = chat.languageCode + ' · id ' + chat.id;
  const phone = { user: chat, element: element_, chat: element_.querySelector('.chat'), messages: new Map() };
  phones.set(chat.id, phone);
  showStartButton(phone);

  const composer = element_.querySelector('.composer');
  const input = element_.querySelector('.text-input');
  composer.addEventListener('submit', async event => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    input.value = '';
    if (await act('api/users/' + chat.id + '/messages', { text }) === null) input.value = text;
  });
  element_.querySelector('.menu-button').addEventListener('click', () => toggleCommandMenu(phone));
  element_.querySelector('.start-button').addEventListener('click', () => act('api/users/' + chat.id + '/messages', { text: '/start' }));
  uploadFrom(element_.querySelector('.document-input'), chat.id, 'document');
  uploadFrom(element_.querySelector('.photo-input'), chat.id, 'photo');
  document.getElementById('phones').append(element_);
  return phone;
}

/** The whole state, at first and after every reconnection: the chats are drawn anew, typed text stays. */
function showState(state) {
  botUsername = state.bot.username;
  showClock(state.clock);
  showRealism(state.realism);
  document.getElementById('bot-name').textContent = '@' + state.bot.username;
  for (const chat of state.users) {
    const phone = addPhone(chat);
    phone.chat.replaceChildren();
    phone.messages.clear();
    chat.messages.forEach(message => showMessage(chat.id, message));
    showReplyKeyboard(chat.id, chat.replyKeyboard);
    showStartButton(phone);
  }
}

function showUser(chat) {
  const isNew = !phones.has(chat.id);
  addPhone(chat);
  if (isNew) {
    chat.messages.forEach(message => showMessage(chat.id, message));
    showReplyKeyboard(chat.id, chat.replyKeyboard);
  }
}

// ---- the program's clock: shown ticking from the last reading, moved forward by the buttons

const clockReading = { epochMillis: Date.now(), readAt: Date.now() };

function formatAhead(seconds) {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const parts = [];
  if (days) parts.push(days + ' d');
  if (hours) parts.push(hours + ' h');
  if (minutes && !days) parts.push(minutes + ' min');
  return '+' + (parts.join(' ') || '0 min') + ' ahead';
}

function drawClock() {
  const now = new Date(clockReading.epochMillis + (Date.now() - clockReading.readAt));
  const node = document.getElementById('clock-now');
  node.textContent = now.toLocaleString([], { weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });
  node.dateTime = now.toISOString();
  node.title = now.toString();
}

function showClock(clock) {
  if (!clock) return;
  clockReading.epochMillis = clock.epochMillis;
  clockReading.readAt = Date.now();
  const ahead = document.getElementById('clock-ahead');
  ahead.hidden = clock.aheadSeconds < 60;
  ahead.textContent = formatAhead(clock.aheadSeconds);
  document.querySelectorAll('.clock-step').forEach(button => { button.hidden = !clock.movable; });
  drawClock();
}

function wireClock() {
  document.querySelectorAll('.clock-step').forEach(button => button.addEventListener('click', async () => {
    button.disabled = true;
    const clock = await act('api/clock', { by: button.dataset.by });
    button.disabled = false;
    showClock(clock);
  }));
  setInterval(drawClock, 1000);
}

// ---- the realism switches: Telegram's flood limits and latency, for every page at once

function showRealism(realism) {
  if (!realism) return;
  document.getElementById('realism-rate-limits').checked = realism.rateLimits;
  const latency = document.getElementById('realism-latency');
  const value = String(realism.latencyMillis);
  if (![...latency.options].some(option => option.value === value)) {
    latency.append(element('option', null, value + ' ms'));
    latency.lastElementChild.value = value;
  }
  latency.value = value;
}

function wireRealism() {
  const rateLimits = document.getElementById('realism-rate-limits');
  const latency = document.getElementById('realism-latency');
  rateLimits.addEventListener('change', async () => showRealism(await act('api/realism', { rateLimits: rateLimits.checked })));
  latency.addEventListener('change', async () => showRealism(await act('api/realism', { latencyMillis: Number(latency.value) })));
}

// ---- wiring

function listen() {
  const connection = document.getElementById('connection');
  const events = new EventSource('api/events');
  events.addEventListener('open', () => {
    connection.dataset.state = 'live';
    connection.textContent = 'live';
  });
  events.addEventListener('error', () => {
    connection.dataset.state = 'connecting';
    connection.textContent = 'reconnecting…';
  });
  events.addEventListener('state', event => showState(JSON.parse(event.data)));
  events.addEventListener('user', event => showUser(JSON.parse(event.data)));
  events.addEventListener('message', event => {
    const change = JSON.parse(event.data);
    showMessage(change.userId, change.message);
  });
  events.addEventListener('keyboard', event => {
    const change = JSON.parse(event.data);
    showReplyKeyboard(change.userId, change.replyKeyboard);
  });
  events.addEventListener('answer', event => showCallbackAnswer(JSON.parse(event.data)));
  events.addEventListener('clock', event => showClock(JSON.parse(event.data)));
  events.addEventListener('realism', event => showRealism(JSON.parse(event.data)));
}

function wireAddUser() {
  const name = document.getElementById('new-user-name');
  const language = document.getElementById('new-user-language');
  document.getElementById('add-user').addEventListener('submit', async event => {
    event.preventDefault();
    const firstName = name.value.trim();
    if (!firstName) return;
    const chat = await act('api/users', { firstName, languageCode: language.value });
    if (chat === null) return;
    name.value = '';
    showUser(chat);
    highlight(chat.id);
    phones.get(chat.id).element.querySelector('.text-input').focus();
  });
}

function wireDialogs() {
  const alertDialog = document.getElementById('alert-dialog');
  document.getElementById('alert-ok').addEventListener('click', () => alertDialog.close());
  const userDialog = document.getElementById('user-dialog');
  document.getElementById('user-dialog-cancel').addEventListener('click', () => userDialog.close());
}

wireAddUser();
wireDialogs();
wireClock();
wireRealism();
listen();

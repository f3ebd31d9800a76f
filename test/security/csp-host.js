// The host page's own script, run after the embed: it must run and work whatever the embed met.
window.__hostRan = true;
const note = document.createElement('p');
note.id = 'host-note';
note.textContent = 'The page script ran.';
const button = document.createElement('button');
button.id = 'host-button';
button.textContent = 'Host button';
button.addEventListener('click', () => (note.textContent = 'The page script handled a click.'));
document.body.append(note, button);

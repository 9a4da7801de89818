// What the comparison peers (server.js on `ws`, uws.js on uWebSockets.js)
// share: just enough of the ImageChat protocol (docs/protocol.md) for
// imagechat-loadgen to drive them unchanged. hello -> welcome, create-room +
// upload -> room-created, and a change request -> accepted to the sender plus
// a broadcast with the room's next seq to the other members. Nothing is
// validated or stored; the image is counted and dropped. Each peer keeps its
// rooms and does its own fan-out, the way that library is usually used.
'use strict';

const crypto = require('crypto');

const MAX_MESSAGE = 256 * 1024 + 1024;

const token = (bytes) => crypto.randomBytes(bytes).toString('base64url');
const broadcastTypes = {
    'create-marker': 'new-image-chat',
    'delete-marker': 'deleted-image-chat',
};
const changes = new Set(['add-comment', 'edit-comment', 'delete-comment', 'move-marker',
    'set-resolved']);

function option(name, fallback) {
    const i = process.argv.indexOf(name);
    return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function newSession() {
    return { hello: false, user: '', name: '', room: null, upload: null };
}

// A binary message: part of an upload. Returns the new room (with the reply
// to send) once the whole image is in, otherwise null.
function uploadChunk(session, length) {
    const upload = session.upload;
    if (!upload)
        return null;
    upload.received += length;
    if (upload.received < upload.size)
        return null;
    session.upload = null;
    const image = { sha256: upload.sha256, size: upload.size, width: 1, height: 1,
        mime: 'image/png', name: upload.name };
    const room = { id: token(9), key: token(18), epoch: token(6), seq: 0, owner: session.user,
        image };
    const reply = JSON.stringify({ type: 'room-created', room: room.id, key: room.key,
        epoch: room.epoch, image });
    return { room, reply };
}

function parse(text) {
    try {
        return { message: JSON.parse(text) };
    } catch (e) {
        return { error: JSON.stringify({ type: 'error', code: 'bad-json', message: String(e) }) };
    }
}

const roomNotFound = JSON.stringify({ type: 'error', code: 'room-not-found',
    message: 'There is no such room on this server.' });

// The welcome for a hello; `room` is the room it asked for (null for none).
function welcome(session, message, room) {
    session.hello = true;
    session.name = message.name || '';
    const reply = { type: 'welcome', version: 2 };
    if (message.user && message.secret) {
        session.user = message.user;
        reply.user = message.user;
    } else {
        session.user = token(12);
        reply.user = session.user;
        reply.secret = token(32);
    }
    if (room) {
        session.room = room;
        Object.assign(reply, { room: room.id, epoch: room.epoch, seq: room.seq,
            owner: room.owner, image: room.image, events: [] });
    }
    return JSON.stringify(reply);
}

function uploadReady(session, message) {
    session.upload = { size: message.size, sha256: message.sha256, name: message.name,
        received: 0 };
    return JSON.stringify({ type: 'upload-ready', chunk: 256 * 1024 });
}

function isChange(type) {
    return Boolean(broadcastTypes[type] || changes.has(type));
}

// The reply to the sender and the broadcast frame of a change with `seq`.
function event(session, message, seq) {
    const type = message.type;
    const broadcast = { type: broadcastTypes[type] || 'image-chat-updated' };
    if (!broadcastTypes[type])
        broadcast.change = type;
    broadcast.seq = seq;
    broadcast.at = Date.now();
    broadcast.by = session.user;
    // Protocol 2 (docs/protocol.md 5.8) sends the author's name only when the
    // room does not know the author by it yet. The peer keeps no comments, so
    // it approximates that with the last name it sent per user and room.
    if ((type === 'create-marker' || type === 'add-comment') && session.room) {
        const names = session.room.names || (session.room.names = new Map());
        if (names.get(session.user) !== session.name) {
            names.set(session.user, session.name);
            broadcast.name = session.name;
        }
    }
    for (const field in message) {
        if (field !== 'type')
            broadcast[field] = message[field];
    }
    const accepted = JSON.stringify({ type: 'accepted', broadcastId: message.broadcastId,
        seq, at: broadcast.at });
    // Serialised once, sent to every other member: the usual broadcast.
    return { accepted, frame: JSON.stringify(broadcast) };
}

module.exports = { MAX_MESSAGE, option, newSession, uploadChunk, parse, roomNotFound, welcome,
    uploadReady, isChange, event };

// The comparison peer for bench/run.sh: what people usually write for a room
// broadcast server in Node.js, on the `ws` package. It speaks just enough of
// the ImageChat protocol (docs/protocol.md) for imagechat-loadgen to drive it
// unchanged: hello -> welcome, create-room + upload -> room-created, and a
// change request -> accepted to the sender plus a broadcast with the room's
// next seq to the other members. Nothing is validated or stored; the image is
// counted and dropped.
//
//   node server.js [--port 0] [--host 127.0.0.1]
// prints "peer listening on ws://HOST:PORT/" once ready.
'use strict';

const crypto = require('crypto');
const { WebSocketServer } = require('ws');

function option(name, fallback) {
    const i = process.argv.indexOf(name);
    return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const host = option('--host', '127.0.0.1');
const port = Number(option('--port', '0'));
const MAX_MESSAGE = 256 * 1024 + 1024;

const token = (bytes) => crypto.randomBytes(bytes).toString('base64url');
const broadcastTypes = {
    'create-marker': 'new-image-chat',
    'delete-marker': 'deleted-image-chat',
};
const changes = new Set(['add-comment', 'edit-comment', 'delete-comment', 'move-marker',
    'set-resolved']);

const rooms = new Map(); // id -> { key, epoch, seq, owner, image, members: Set }

const wss = new WebSocketServer({ host, port, maxPayload: MAX_MESSAGE, perMessageDeflate: false });

wss.on('connection', (ws) => {
    const session = { hello: false, user: '', name: '', room: null, upload: null };

    ws.on('message', (data, isBinary) => {
        if (isBinary) {
            const upload = session.upload;
            if (!upload)
                return;
            upload.received += data.length;
            if (upload.received >= upload.size) {
                session.upload = null;
                const id = token(9);
                const key = token(18);
                const image = { sha256: upload.sha256, size: upload.size, width: 1, height: 1,
                    mime: 'image/png', name: upload.name };
                rooms.set(id, { key, epoch: token(6), seq: 0, owner: session.user, image,
                    members: new Set() });
                ws.send(JSON.stringify({ type: 'room-created', room: id, key, epoch:
                    rooms.get(id).epoch, image }));
            }
            return;
        }
        let message;
        try {
            message = JSON.parse(data.toString());
        } catch (e) {
            ws.send(JSON.stringify({ type: 'error', code: 'bad-json', message: String(e) }));
            return;
        }
        const type = message.type;
        if (type === 'hello') {
            if (session.hello)
                return;
            let room = null;
            if (message.room) {
                room = rooms.get(message.room);
                if (!room || room.key !== message.key) {
                    ws.send(JSON.stringify({ type: 'error', code: 'room-not-found',
                        message: 'There is no such room on this server.' }));
                    ws.close(1008);
                    return;
                }
            }
            session.hello = true;
            session.name = message.name || '';
            const welcome = { type: 'welcome', version: 1 };
            if (message.user && message.secret) {
                session.user = message.user;
                welcome.user = message.user;
            } else {
                session.user = token(12);
                welcome.user = session.user;
                welcome.secret = token(32);
            }
            if (room) {
                session.room = room;
                room.members.add(ws);
                Object.assign(welcome, { room: message.room, epoch: room.epoch, seq: room.seq,
                    owner: room.owner, image: room.image, events: [] });
            }
            ws.send(JSON.stringify(welcome));
            return;
        }
        if (type === 'create-room') {
            session.upload = { size: message.size, sha256: message.sha256, name: message.name,
                received: 0 };
            ws.send(JSON.stringify({ type: 'upload-ready', chunk: 256 * 1024 }));
            return;
        }
        const room = session.room;
        if (!room || !(broadcastTypes[type] || changes.has(type)))
            return;
        const event = { type: broadcastTypes[type] || 'image-chat-updated' };
        if (!broadcastTypes[type])
            event.change = type;
        event.seq = ++room.seq;
        event.at = Date.now();
        event.by = session.user;
        if (type === 'create-marker' || type === 'add-comment')
            event.name = session.name;
        for (const field in message) {
            if (field !== 'type')
                event[field] = message[field];
        }
        ws.send(JSON.stringify({ type: 'accepted', broadcastId: message.broadcastId,
            seq: event.seq, at: event.at }));
        // Serialised once, sent to every other member: the usual ws broadcast.
        const frame = JSON.stringify(event);
        for (const member of room.members) {
            if (member !== ws && member.readyState === 1)
                member.send(frame);
        }
    });

    ws.on('close', () => {
        if (session.room)
            session.room.members.delete(ws);
    });
    ws.on('error', () => {});
});

wss.on('listening', () => {
    const address = wss.address();
    console.log(`peer listening on ws://${address.address}:${address.port}/`);
});

process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));

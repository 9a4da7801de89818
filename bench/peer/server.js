// The comparison peer for bench/run.sh: what people usually write for a room
// broadcast server in Node.js, on the `ws` package (the protocol part is in
// protocol.js, shared with uws.js).
//
//   node server.js [--port 0] [--host 127.0.0.1]
//                  [--redis redis://HOST:PORT] [--tls-cert FILE --tls-key FILE]
// prints "peer listening on ws://HOST:PORT/" (wss:// with TLS) once ready.
//
// --redis: one of several nodes, the way such a relay is usually scaled out
// (with `ioredis`): rooms are kept in Redis so that any node knows them, a
// room's seq is a Redis INCR, and each event goes to the sender's local
// room members at once and, through Redis pub/sub, to the other nodes, which
// pass it on to theirs. --tls-cert/--tls-key: an `https` server under `ws`.
'use strict';

const fs = require('fs');
const http = require('http');
const https = require('https');
const { WebSocketServer } = require('ws');
const protocol = require('./protocol');

const host = protocol.option('--host', '127.0.0.1');
const port = Number(protocol.option('--port', '0'));
const redisUrl = protocol.option('--redis', '');
const tlsCert = protocol.option('--tls-cert', '');
const tlsKey = protocol.option('--tls-key', '');

// id -> { room, members: Set of ws }: the rooms with members on this node.
const local = new Map();

function localRoom(room) {
    let entry = local.get(room.id);
    if (!entry) {
        entry = { room, members: new Set() };
        local.set(room.id, entry);
    }
    return entry;
}

function sendToMembers(entry, frame, except) {
    for (const member of entry.members) {
        if (member !== except && member.readyState === 1)
            member.send(frame);
    }
}

// How rooms are found and events travel: in this process alone, or in Redis.
let rooms;
if (!redisUrl) {
    rooms = {
        save(room, done) {
            localRoom(room);
            done();
        },
        find(id, done) {
            const entry = local.get(id);
            done(entry ? entry.room : null);
        },
        join(room) {
            return local.get(room.id);
        },
        nextSeq(room, done) {
            done(++room.seq);
        },
        publish() {},
    };
} else {
    const Redis = require('ioredis');
    const nodeId = require('crypto').randomBytes(6).toString('hex');
    const commands = new Redis(redisUrl);
    const subscriber = new Redis(redisUrl);
    const roomKey = (id) => `imagechat:room:${id}`;
    subscriber.on('message', (channel, payload) => {
        const newline = payload.indexOf('\n');
        if (payload.slice(0, newline) === nodeId)
            return; // sent to this node's members already
        const entry = local.get(channel.slice('imagechat:room:'.length));
        if (entry)
            sendToMembers(entry, payload.slice(newline + 1), null);
    });
    rooms = {
        save(room, done) {
            commands.set(roomKey(room.id), JSON.stringify(room)).then(() => done(),
                (e) => console.error(`peer: redis: ${e}`));
        },
        find(id, done) {
            const entry = local.get(id);
            if (entry) {
                done(entry.room);
                return;
            }
            commands.get(roomKey(id)).then((text) => {
                if (!text) {
                    done(null);
                    return;
                }
                // Another member may have joined meanwhile.
                const known = local.get(id);
                done(known ? known.room : JSON.parse(text));
            }, () => done(null));
        },
        join(room) {
            const fresh = !local.has(room.id);
            const entry = localRoom(room);
            if (fresh)
                subscriber.subscribe(roomKey(room.id));
            return entry;
        },
        nextSeq(room, done) {
            commands.incr(`imagechat:seq:${room.id}`).then(done,
                (e) => console.error(`peer: redis: ${e}`));
        },
        publish(room, frame) {
            commands.publish(roomKey(room.id), `${nodeId}\n${frame}`);
        },
    };
}

const httpServer = tlsCert
    ? https.createServer({ cert: fs.readFileSync(tlsCert), key: fs.readFileSync(tlsKey) })
    : http.createServer();
const wss = new WebSocketServer({ server: httpServer, maxPayload: protocol.MAX_MESSAGE,
    perMessageDeflate: false });

wss.on('connection', (ws) => {
    const session = protocol.newSession();
    let entry = null;

    ws.on('message', (data, isBinary) => {
        if (isBinary) {
            const made = protocol.uploadChunk(session, data.length);
            if (made)
                rooms.save(made.room, () => ws.send(made.reply));
            return;
        }
        const { message, error } = protocol.parse(data.toString());
        if (error) {
            ws.send(error);
            return;
        }
        const type = message.type;
        if (type === 'hello') {
            if (session.hello)
                return;
            if (!message.room) {
                ws.send(protocol.welcome(session, message, null));
                return;
            }
            session.hello = true; // a second hello while looking the room up is ignored too
            rooms.find(message.room, (room) => {
                if (!room || room.key !== message.key) {
                    ws.send(protocol.roomNotFound);
                    ws.close(1008);
                    return;
                }
                entry = rooms.join(room);
                entry.members.add(ws);
                ws.send(protocol.welcome(session, message, entry.room));
            });
            return;
        }
        if (type === 'create-room') {
            ws.send(protocol.uploadReady(session, message));
            return;
        }
        if (!entry || !protocol.isChange(type))
            return;
        const room = entry.room;
        rooms.nextSeq(room, (seq) => {
            const { accepted, frame } = protocol.event(session, message, seq);
            ws.send(accepted);
            sendToMembers(entry, frame, ws);
            rooms.publish(room, frame);
        });
    });

    ws.on('close', () => {
        if (entry)
            entry.members.delete(ws);
    });
    ws.on('error', () => {});
});

httpServer.listen(port, host, () => {
    const address = httpServer.address();
    const scheme = tlsCert ? 'wss' : 'ws';
    console.log(`peer listening on ${scheme}://${address.address}:${address.port}/`);
});

process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));

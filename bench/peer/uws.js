// The stronger single-node peer for bench/run.sh: the same relay as
// server.js (protocol.js), on uWebSockets.js, with its own pub/sub doing the
// fan-out (one topic per room; a member's publish reaches everyone else), as
// that library's users write it.
//
// The official uWebSockets.js is not on the npm registry (it installs from
// GitHub); @trufflesuite/uws-js-unofficial is a build of uWS.js v20.30.0
// whose npm package carries the native binaries itself. It falls back to an
// emulation on `ws` when no binary fits this Node.js; that would not be
// uWebSockets at all, so this peer refuses to start then.
//
//   node uws.js [--port 0] [--host 127.0.0.1]
// prints "peer listening on ws://HOST:PORT/" once ready.
'use strict';

const uWS = require('@trufflesuite/uws-js-unofficial');
const protocol = require('./protocol');

if (!/\[native code\]/.test(String(uWS.App))) {
    console.error('uws peer: no native uWebSockets.js binary for this Node.js '
        + `(${process.platform} ${process.arch}, modules ${process.versions.modules})`);
    process.exit(1);
}

const host = protocol.option('--host', '127.0.0.1');
const port = Number(protocol.option('--port', '0'));

const rooms = new Map(); // id -> room
const decoder = new TextDecoder();

uWS.App().ws('/*', {
    maxPayloadLength: protocol.MAX_MESSAGE,
    compression: uWS.DISABLED,
    // The generator's idle clients stay silent for minutes, as ours may;
    // and a slow reader is buffered for, never dropped (as `ws` does).
    idleTimeout: 0,
    maxBackpressure: 1024 * 1024 * 1024,
    open: (ws) => {
        ws.getUserData().session = protocol.newSession();
    },
    message: (ws, data, isBinary) => {
        const session = ws.getUserData().session;
        if (isBinary) {
            const made = protocol.uploadChunk(session, data.byteLength);
            if (made) {
                rooms.set(made.room.id, made.room);
                ws.send(made.reply);
            }
            return;
        }
        const { message, error } = protocol.parse(decoder.decode(data));
        if (error) {
            ws.send(error);
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
                    ws.send(protocol.roomNotFound);
                    ws.end(1008);
                    return;
                }
                ws.subscribe(room.id);
            }
            ws.send(protocol.welcome(session, message, room));
            return;
        }
        if (type === 'create-room') {
            ws.send(protocol.uploadReady(session, message));
            return;
        }
        const room = session.room;
        if (!room || !protocol.isChange(type))
            return;
        const { accepted, frame } = protocol.event(session, message, ++room.seq);
        ws.send(accepted);
        ws.publish(room.id, frame);
    },
}).listen(host, port, (listenSocket) => {
    if (!listenSocket) {
        console.error(`uws peer: cannot listen on ${host}:${port}`);
        process.exit(1);
    }
    console.log(`peer listening on ws://${host}:${uWS.us_socket_local_port(listenSocket)}/`);
});

process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));

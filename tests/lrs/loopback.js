// Preloaded with `node -r` so that the LRS under test listens on 127.0.0.1 only:
// the service calls listen(port, callback), which would bind every interface.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || /^\d+$/.test(String(args[0]))) {
    const [port, ...rest] = args;
    if (typeof rest[0] === 'string') rest.shift();
    return listen.call(this, Number(port), '127.0.0.1', ...rest);
  }
  return listen.apply(this, args);
};

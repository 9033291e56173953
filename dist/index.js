import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(7837);


/***/ }),

/***/ 7837:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 218:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 16:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ main_run)
});

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/action/runner.ts
// The runner's side of a step: workflow commands on stdout and the GITHUB_OUTPUT / GITHUB_STATE
// files, written exactly as @actions/core 3.0.1 writes them (command.js, file-command.js,
// core.js). Its own module, because @actions/core's loads @actions/http-client and with it
// undici at start-up (for OIDC tokens, which this action never asks for).



/** A value as a command carries it: strings as they are, anything else as JSON, nothing as ''. */
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/** What a command's message may not hold raw: `%`, CR and LF (a new line would start a new command). */
function escapeData(value) {
    return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, properties, message) {
    const named = Object.entries(properties).filter(([, value]) => value);
    const props = named.length ? ` ${named.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}` : '';
    process.stdout.write(`::${command}${props}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** `name<<delimiter` … `delimiter`, with a delimiter neither the name nor the value can hold. */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    const converted = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${converted}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_namespaceObject.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(filePath, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function notice(message) {
    issueCommand('notice', {}, message instanceof Error ? message.toString() : message);
}
function warning(message) {
    issueCommand('warning', {}, message instanceof Error ? message.toString() : message);
}
function error(message) {
    issueCommand('error', {}, message instanceof Error ? message.toString() : message);
}
/** Logs the error and makes the step fail (exit code 1). */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Tells the runner to mask `secret` in every later log line. */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFileCommand('OUTPUT', keyValueMessage(name, value));
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, commandValue(value));
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFileCommand('STATE', keyValueMessage(name, value));
    issueCommand('save-state', { name }, commandValue(value));
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}

// EXTERNAL MODULE: ./src/cryptshare/errors.ts
var errors = __nccwpck_require__(4164);
// EXTERNAL MODULE: ./src/http/text.ts
var http_text = __nccwpck_require__(2825);
;// CONCATENATED MODULE: ./src/cryptshare/location.ts
// Identifiers the server names in `Location` headers (tracking ids, file ids). A value no real
// server would send (broken percent-encoding, a `/` or control characters once decoded) is refused
// rather than used in later URLs, log lines and outputs.

/** The decoded last path segment of a `Location` value, or why it cannot be an identifier. */
function idFromLocation(location) {
    const path = location.split(/[?#]/)[0].replace(/\/+$/, '');
    const raw = path.slice(path.lastIndexOf('/') + 1);
    if (!raw)
        return { problem: 'it ends in no path segment' };
    let id;
    try {
        id = decodeURIComponent(raw);
    }
    catch {
        return { problem: `its last segment ${quoted(raw)} is not a valid percent-encoding`, raw };
    }
    if (id.length > http_text/* MAX_ID_LENGTH */.Qx)
        return { problem: `its last segment is ${id.length} characters long`, raw };
    if (http_text/* IMPLAUSIBLE_ID */.Mg.test(id))
        return { problem: `its last segment decodes to ${quoted(id)}`, raw };
    if (!id.trim())
        return { problem: 'its last segment is blank', raw };
    return { id, raw };
}
/** A value in double quotes with every invisible or line-breaking character shown escaped. */
function quoted(value) {
    const short = value.length > 120 ? `${value.slice(0, 120)}…` : value;
    return `"${short.replace(http_text/* QUOTE_ESCAPES */.kL, escapeChar)}"`;
}
function escapeChar(c) {
    const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/cryptshare/reply.ts

/** A protocol error about `reply`: the request is named, `what` says what is wrong with the answer. */
function protocolError(reply, what) {
    return new errors/* CryptshareError */.eY({
        kind: 'protocol',
        status: reply.status,
        method: reply.method,
        url: reply.url,
        message: what
    });
}
/** Parses a success body and unwraps `{data, meta}`; an unwrapped body is accepted too. */
function replyJson(reply) {
    const parsed = parseJson(reply.body);
    if (parsed === undefined && looksTruncated(reply.body)) {
        throw new errors/* CryptshareError */.eY({
            kind: 'protocol',
            status: reply.status,
            method: reply.method,
            url: reply.url,
            code: 'ETRUNCATED',
            message: `the answer was truncated: its JSON ends early after ${reply.body.length} bytes`
        });
    }
    if (parsed === undefined || typeof parsed !== 'object' || parsed === null) {
        throw protocolError(reply, `expected a JSON answer but got ${reply.body.length ? `a ${contentType(reply)} body` : 'an empty body'}`);
    }
    const record = parsed;
    return ('data' in record ? (record.data ?? {}) : record);
}
/**
 * Whether a body that failed to parse is JSON cut short: it opens an object or array, and at its
 * end a string or a bracket is still open, with no bracket closed wrongly before.
 */
function looksTruncated(body) {
    const text = body.toString('utf8').trim();
    if (!/^[[{]/.test(text))
        return false;
    const open = [];
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '{' || c === '[')
            open.push(c === '{' ? '}' : ']');
        else if (c === '}' || c === ']') {
            if (open.pop() !== c)
                return false;
            if (open.length === 0)
                return false;
        }
    }
    return inString || open.length > 0;
}
/** The body as JSON, or undefined when it is empty or no JSON. */
function parseJson(body) {
    if (!body.length)
        return undefined;
    try {
        return JSON.parse(body.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** A success body the API could have sent: none, JSON by its type, or a JSON object or array. */
function isApiAnswer(response) {
    if (!response.body.length)
        return true;
    if (/json/i.test(contentType(response)))
        return true;
    const parsed = parseJson(response.body);
    return typeof parsed === 'object' && parsed !== null;
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** The media type of the body (`untyped` when the server names none). */
function contentType(response) {
    return (header(response, 'content-type') ?? 'untyped').split(';')[0].trim() || 'untyped';
}

;// CONCATENATED MODULE: ./src/cryptshare/shape.ts
// Reading answers from a server the action does not control: every field is checked where it is
// read. What the delivery can do without is skipped with a warning naming the field; what it
// cannot do without becomes one protocol error naming the field. Never a TypeError.
/** A JSON object (not a list, not null), else undefined. */
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function shape_text(value) {
    return typeof value === 'string' ? value : undefined;
}
/** A finite number, also written as a numeric string (`"1024"`). */
function num(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value))
        return Number(value);
    return undefined;
}
/** `true`/`false`, also written as a string in any case. */
function bool(value) {
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
        return value.trim().toLowerCase() === 'true';
    return undefined;
}
/** What a value is, for a message (never the value itself: it may be a secret). */
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'list';
    return typeof value;
}
const READERS = {
    text: { read: shape_text, expected: 'a string' },
    num: { read: num, expected: 'a number' },
    bool: { read: bool, expected: 'a boolean' },
    record: { read: record, expected: 'an object' }
};
/**
 * A field of an answer that the caller cannot do without is missing or of the wrong shape. The
 * message is complete, for the user; `step` names the step it is reported in (the core passes it
 * on as it is, like its own step failures).
 */
class AnswerShapeError extends Error {
    step;
    constructor(step, message) {
        super(message);
        this.name = 'AnswerShapeError';
        this.step = step;
    }
}
/**
 * The readers for one answer (e.g. "transfer status"). Absent fields (`undefined`, `null`) are
 * simply absent; a field of the wrong shape is warned about once, naming it, and then ignored.
 */
class AnswerReader {
    name;
    warn;
    step;
    warned = new Set();
    constructor(
    /** The answer as a message names it: `The server's ${name} has …`. */
    name, warn, 
    /** The step a protocol error is reported in. */
    step = name) {
        this.name = name;
        this.warn = warn;
        this.step = step;
    }
    text(value, field) {
        return this.optional('text', value, field);
    }
    num(value, field) {
        return this.optional('num', value, field);
    }
    bool(value, field) {
        return this.optional('bool', value, field);
    }
    record(value, field) {
        return this.optional('record', value, field);
    }
    /** A list; anything else is warned about and read as an empty list. */
    list(value, field) {
        if (Array.isArray(value))
            return value;
        if (value !== undefined && value !== null)
            this.ignore(field, value, 'a list');
        return [];
    }
    /** A list of objects; entries that are not objects (`null`, numbers, …) are skipped with a warning. */
    records(value, field) {
        return this.entries(value, field, 'record');
    }
    /** A list of strings; entries that are not strings are skipped with a warning. */
    texts(value, field) {
        return this.entries(value, field, 'text');
    }
    must(kind, value, field, consequence, absentOk = false) {
        const read = READERS[kind].read(value);
        if (read !== undefined || (absentOk && (value === undefined || value === null)))
            return read;
        throw this.error(field, value, READERS[kind].expected, consequence);
    }
    /** The protocol error for a field the delivery cannot do without. */
    error(field, value, expected, consequence) {
        const what = value === undefined || value === null
            ? `has no "${field}" (expected ${expected})`
            : `has "${field}" of the wrong shape (${kindOf(value)}, expected ${expected})`;
        return new AnswerShapeError(this.step, `The server's ${this.name} ${what}: ${consequence}`);
    }
    /** Warns (once per field and shape) that a field has the wrong shape and is ignored. */
    ignore(field, value, expected, outcome = 'ignored') {
        const message = `The server's ${this.name} has "${field}" of the wrong shape (${kindOf(value)}, expected ${expected}); ${outcome}.`;
        if (this.warned.has(message))
            return;
        this.warned.add(message);
        this.warn(message);
    }
    optional(kind, value, field) {
        if (value === undefined || value === null)
            return undefined;
        const read = READERS[kind].read(value);
        if (read === undefined)
            this.ignore(field, value, READERS[kind].expected);
        return read;
    }
    entries(value, field, kind) {
        const out = [];
        const bad = [];
        const list = this.list(value, field);
        list.forEach((entry, index) => {
            const read = READERS[kind].read(entry);
            if (read === undefined)
                bad.push(index);
            else
                out.push(read);
        });
        if (bad.length) {
            const more = bad.length > 1 ? ` (and ${bad.length - 1} more entr${bad.length > 2 ? 'ies' : 'y'})` : '';
            this.ignore(`${field}[${bad[0]}]${more}`, list[bad[0]], READERS[kind].expected, 'skipped');
        }
        return out;
    }
}
function shape_answer(name, warn, step) {
    return new AnswerReader(name, warn, step);
}
/** `files` of a TransferSession (or of `transfer` in a TransferStatus), entry by entry. */
function shape_sessionFiles(files, read, field = 'files') {
    return read.records(files, field).map((file) => ({
        id: read.text(file.id, `${field}[].id`),
        fileName: read.text(file.fileName, `${field}[].fileName`),
        size: read.num(file.size, `${field}[].size`),
        checksum: read.text(file.checksum, `${field}[].checksum`),
        state: read.text(file.state, `${field}[].state`),
        href: read.text(file.href, `${field}[].href`)
    }));
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./src/http/agent.ts
// The connection pool of a run: keep-alive agents, one per protocol and proxy, through the proxy
// the environment names (https_proxy / http_proxy / no_proxy, by @actions/http-client's rules)
// as a CONNECT tunnel. Without @actions/http-client's client itself, whose module loads undici
// at start-up (about a megabyte of code this tool never runs).




class ConnectionPool {
    maxSockets;
    agents = new Map();
    constructor(maxSockets) {
        this.maxSockets = maxSockets;
    }
    /** The agent for requests to `url`: direct, or through the proxy the environment names for it. */
    agentFor(url) {
        const proxy = getProxyUrl(url);
        const via = proxy?.hostname ? proxy : undefined;
        const key = `${url.protocol} ${via?.href ?? 'direct'}`;
        let agent = this.agents.get(key);
        if (!agent) {
            agent = via ? tunnelAgent(url, via, this.maxSockets) : directAgent(url, this.maxSockets);
            this.agents.set(key, agent);
        }
        return agent;
    }
    /** Closes every kept-alive connection (a tunnelling agent has none to close: it keeps none alive). */
    dispose() {
        for (const agent of this.agents.values())
            agent.destroy?.();
        this.agents.clear();
    }
}
function directAgent(url, maxSockets) {
    const options = { keepAlive: true, maxSockets };
    return url.protocol === 'https:' ? new external_node_https_namespaceObject.Agent(options) : new external_node_http_namespaceObject.Agent(options);
}
function tunnelAgent(url, proxy, maxSockets) {
    const auth = proxy.username || proxy.password ? { proxyAuth: `${proxy.username}:${proxy.password}` } : {};
    const overHttps = proxy.protocol === 'https:';
    const port = proxy.port ? Number(proxy.port) : overHttps ? 443 : 80;
    const options = { maxSockets, keepAlive: true, proxy: { ...auth, host: proxy.hostname, port } };
    if (url.protocol === 'https:')
        return overHttps ? tunnel.httpsOverHttps(options) : tunnel.httpsOverHttp(options);
    return overHttps ? tunnel.httpOverHttps(options) : tunnel.httpOverHttp(options);
}

// EXTERNAL MODULE: ./src/http/errors.ts
var http_errors = __nccwpck_require__(8549);
;// CONCATENATED MODULE: ./src/http/format.ts
/** Milliseconds as seconds for a message: `30 s`, `1.5 s`. */
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}

;// CONCATENATED MODULE: ./src/http/transport.ts





const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const TLS_CODES = new Set([
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'ERR_SSL_WRONG_VERSION_NUMBER',
    'EPROTO'
]);
/**
 * Sends one HTTP request and reads the whole (small) answer. Bodies are streamed.
 * Proxies (`https_proxy`, `no_proxy`) by a CONNECT tunnel (agent.ts); custom CAs
 * from Node's own `NODE_EXTRA_CA_CERTS`. Every failure becomes a `HttpError`.
 */
class Transport {
    options;
    pool = new ConnectionPool(32);
    constructor(options) {
        this.options = options;
    }
    async send(request) {
        const url = new URL(request.url);
        const fail = (kind, message, cause, code) => new http_errors/* HttpError */.j({ kind, message, method: request.method, url: redact(url), code, cause });
        if (request.signal?.aborted)
            throw fail('aborted', 'cancelled');
        const headers = { 'User-Agent': this.options.userAgent, ...request.headers };
        if (typeof request.body === 'string')
            headers['Content-Length'] = Buffer.byteLength(request.body);
        else if (request.body)
            headers['Content-Length'] = request.body.length;
        const agent = this.pool.agentFor(url);
        const module = url.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_namespaceObject;
        return new Promise((resolve, reject) => {
            let settled = false;
            let deadline;
            const settle = (error, response) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(deadline);
                request.signal?.removeEventListener('abort', onAbort);
                if (error) {
                    req.destroy();
                    reject(error);
                }
                else
                    resolve(response);
            };
            const onAbort = () => settle(fail('aborted', 'cancelled'));
            request.signal?.addEventListener('abort', onAbort, { once: true });
            const req = module.request(url, { method: request.method, headers, agent });
            const idleMs = this.options.idleTimeoutMs;
            req.setTimeout(idleMs, () => settle(fail('timeout', `no data moved for ${seconds(idleMs)} (connection idle or stalled${this.settingHint('idleTimeout', 'this idle timeout')})`, undefined, 'ETIMEDOUT')));
            // The idle timer never trips on an answer that trickles in byte by byte: a total deadline does.
            const deadlineMs = this.options.requestTimeoutMs;
            const startDeadline = (after) => {
                if (settled)
                    return;
                deadline = setTimeout(() => settle(fail('timeout', `no complete answer within ${seconds(deadlineMs)} ${after} (request deadline${this.settingHint('requestTimeout', 'it')})`, undefined, 'ETIMEDOUT')), deadlineMs);
            };
            if (typeof request.body === 'object')
                req.once('finish', () => startDeadline("after the upload's last byte"));
            else
                startDeadline('of sending the request');
            // A failing body source (file deleted or unreadable) also destroys the request: report the source.
            let sourceError;
            const sourceFailure = (err) => fail('source', `reading the file failed: ${err.message}`, err);
            req.on('error', (err) => settle(sourceError ? sourceFailure(sourceError) : networkError(err, url, fail)));
            req.on('response', (res) => {
                const chunks = [];
                let size = 0;
                const expected = Number(res.headers['content-length']);
                // A connection closed before the answer's last byte: say so, rather than "reset".
                const cutOff = (err) => fail('network', `the answer was truncated: the connection closed after ${size}${Number.isFinite(expected) ? ` of ${expected}` : ''} bytes of the body`, err, 'ETRUNCATED');
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_RESPONSE_BYTES)
                        settle(fail('protocol', `the answer is larger than ${MAX_RESPONSE_BYTES} bytes`));
                    else
                        chunks.push(chunk);
                });
                res.on('error', (err) => settle(res.complete ? networkError(err, url, fail) : cutOff(err)));
                res.on('aborted', () => settle(cutOff()));
                res.on('end', () => settle(res.complete ? undefined : cutOff(), {
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    body: Buffer.concat(chunks)
                }));
            });
            if (typeof request.body === 'string')
                req.end(request.body);
            else if (request.body) {
                const body = request.body;
                void (async () => {
                    let sent = 0;
                    try {
                        for await (const chunk of body.open()) {
                            if (chunk.length === 0)
                                continue;
                            if (!(await written(req, chunk)))
                                return;
                            sent += chunk.length;
                            request.onUploadProgress?.(sent);
                        }
                    }
                    catch (err) {
                        sourceError = err;
                        req.destroy(sourceError);
                        return;
                    }
                    req.end();
                })();
            }
            else
                req.end();
        });
    }
    settingHint(name, what) {
        const setting = this.options.settings?.[name];
        return setting ? `; ${setting} sets ${what}` : '';
    }
    dispose() {
        this.pool.dispose();
    }
}
function networkError(err, url, fail) {
    const code = err.code ?? 'UNKNOWN';
    const host = url.host;
    if (TLS_CODES.has(code) || /certificate|ssl|tls/i.test(err.message)) {
        return fail('setup', `TLS handshake with ${host} failed (${code}: ${err.message}). If the server uses a private CA, point NODE_EXTRA_CA_CERTS at its PEM file; check that the server URL names the right host and that any proxy (https_proxy) does not intercept TLS`, err, code);
    }
    if (code === 'ENOTFOUND') {
        return fail('setup', `the host ${url.hostname} cannot be resolved (ENOTFOUND). Check the server URL, and https_proxy/no_proxy if this machine needs a proxy`, err, code);
    }
    if (code === 'ECONNREFUSED') {
        return fail('network', `connection to ${host} refused (ECONNREFUSED). Check the server URL and that the server is reachable from this machine (firewall, https_proxy/no_proxy)`, err, code);
    }
    return fail('network', `connection to ${host} failed (${code}: ${err.message})`, err, code);
}
/** Writes a chunk and waits until the socket took it; false when the request closed first. */
function written(req, chunk) {
    if (req.destroyed)
        return Promise.resolve(false);
    return new Promise((resolve) => {
        const closed = () => resolve(false);
        req.once('close', closed);
        req.write(chunk, (err) => {
            req.off('close', closed);
            resolve(!err);
        });
    });
}
/** A URL as it may be logged: no query string (query parameters can carry secrets). */
function redact(url) {
    return `${url.origin}${url.pathname}`;
}

;// CONCATENATED MODULE: ./src/cryptshare/urls.ts
// The API's URLs: the base as configured, the sender's resources below it, and `Location` values
// the server names (resolved, rebased onto our server, shown without their query string).

/** The URLs of one server's API, e.g. below `https://cs.example.com/api`. */
class ApiUrls {
    /** The API base without trailing slashes. */
    base;
    constructor(apiBase) {
        this.base = apiBase.replace(/\/+$/, '');
    }
    /** A path below the API base (`password`, `status`, …). */
    api(path) {
        return `${this.base}/${path}`;
    }
    /** A path below the sender's resources: `…/users/{email}/{path}`. */
    user(email, path) {
        return this.api(`users/${encodePathSegment(email)}/${path}`);
    }
    session(email, trackingId) {
        return this.user(email, `transfer-sessions/${encodeURIComponent(trackingId)}`);
    }
    transfer(email, trackingId) {
        return this.user(email, `transfers/${encodeURIComponent(trackingId)}`);
    }
    /**
     * Resolves a `Location` header (absolute or relative). An absolute URL on another origin
     * (e.g. an internal host name behind a reverse proxy) is rebased onto our server. A query
     * string is kept (after the path: see `appendPath`); a fragment is dropped.
     */
    resolve(location) {
        const base = new URL(`${this.base}/`);
        const url = new URL(location, base);
        url.hash = '';
        if (url.origin === base.origin)
            return url.href;
        const apiIndex = url.pathname.indexOf('/api/');
        const tail = apiIndex >= 0 ? url.pathname.slice(apiIndex + '/api/'.length) : url.pathname.replace(/^\/+/, '');
        return `${this.base}/${tail}${url.search}`;
    }
}
/** `…/resource?q` + `content` → `…/resource/content?q`: a path is appended before the query. */
function appendPath(resource, segment) {
    const url = new URL(resource);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/${segment}`;
    return url.href;
}
/** A redirect target as it may be shown: resolved against the request, without its query string. */
function redactLocation(location, requestUrl) {
    try {
        return redact(new URL(location, requestUrl));
    }
    catch {
        return location.split(/[?#]/)[0];
    }
}
/** The decoded last path segment of a `Location` value, if it has one. */
function lastSegment(location) {
    if (!location)
        return undefined;
    const path = location.split(/[?#]/)[0].replace(/\/+$/, '');
    const segment = path.slice(path.lastIndexOf('/') + 1);
    return segment ? decodeURIComponent(segment) : undefined;
}
/** Percent-encodes everything outside RFC 3986 `pchar`, so `@` and `+` stay as they are. */
function encodePathSegment(value) {
    return encodeURIComponent(value).replace(/%(40|2B|3A|21|24|26|27|28|29|2A|2C|3B|3D)/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
}

;// CONCATENATED MODULE: ./src/cryptshare/endpoints/sessions.ts



async function transferPolicy(api, email, recipients) {
    const url = api.urls.user(email, 'transfer-policy');
    return replyJson(await api.call({ method: 'POST', url, token: true, json: { recipients } }));
}
/**
 * Creates a transfer session; the tracking id is the last segment of `Location`. `lostAttempts`
 * counts earlier attempts whose answer was lost: each may have created a session of its own.
 * A `Location` naming an implausible id is a `LocationError` (the session it names may exist).
 */
async function createSession(api, email, body, options = {}) {
    let lostAttempts = 0;
    const reply = await api.call({
        method: 'POST',
        url: api.urls.user(email, 'transfer-sessions'),
        token: true,
        json: body,
        signal: options.signal,
        retry: {
            beforeRetry: (error) => {
                if (error.answerLost)
                    lostAttempts++;
                return Promise.resolve(options.mayRetry?.() ?? true);
            }
        }
    });
    const location = header(reply, 'location');
    if (location !== undefined) {
        const named = idFromLocation(location);
        if ('id' in named)
            return { trackingId: named.id, lostAttempts };
        throw new errors/* LocationError */.KA({ kind: 'protocol', status: reply.status, method: reply.method, url: reply.url }, `the Location header of the new session (${quoted(location)}) names no plausible tracking id: ${named.problem}`, location);
    }
    // Documented: 201 with the session URL in Location. Some versions may also name it in the body.
    const data = parseJson(reply.body);
    const fromBody = typeof data?.data?.trackingId === 'string' ? idFromLocation(data.data.trackingId) : undefined;
    if (fromBody && 'id' in fromBody)
        return { trackingId: fromBody.id, lostAttempts };
    throw protocolError(reply, 'the answer has no Location header with the tracking id');
}
async function getSession(api, email, trackingId) {
    return replyJson(await api.call({ method: 'GET', url: api.urls.session(email, trackingId), token: true }));
}
async function patchSession(api, email, trackingId, patch) {
    const reply = await api.call({
        method: 'PATCH',
        url: api.urls.session(email, trackingId),
        token: true,
        json: patch
    });
    return reply.body.length ? replyJson(reply) : {};
}
/** `renewToken: false`: a refused token is not renewed (a session known to refuse new tokens). */
async function deleteSession(api, email, trackingId, options = {}) {
    await api.call({
        method: 'DELETE',
        url: api.urls.session(email, trackingId),
        token: true,
        renew: options.renewToken
    });
}
/**
 * Deletes the session a creation's `Location` named, when that URL lies directly below this
 * sender's sessions on our server; returns false when it names no such URL.
 */
async function deleteSessionAt(api, email, location) {
    let url;
    try {
        url = new URL(api.urls.resolve(location));
    }
    catch {
        return false;
    }
    const sessions = new URL(api.urls.user(email, 'transfer-sessions'));
    const path = url.pathname.replace(/\/+$/, '');
    const segment = path.slice(sessions.pathname.length + 1);
    if (url.origin !== sessions.origin || !path.startsWith(`${sessions.pathname}/`) || !segment || segment.includes('/'))
        return false;
    await api.call({ method: 'DELETE', url: `${sessions.href}/${segment}`, token: true });
    return true;
}
/**
 * Finalizes the session: one request (`retry` rules decide about repeating it). Returns the
 * raw `Location` (the status URL), if any; `finalizeOutcome` in the delivery decides what a
 * failure means.
 */
async function finalize(api, email, trackingId, options = {}) {
    const reply = await api.call({
        method: 'POST',
        url: api.urls.session(email, trackingId),
        token: true,
        signal: options.signal,
        retry: options.retry
    });
    return { location: header(reply, 'location') };
}

;// CONCATENATED MODULE: ./src/cryptshare/endpoints/files.ts






/**
 * Registers a file; returns its id and the URL of the file resource. When an attempt's answer
 * was lost and the retry is refused (by whatever code: the name is now taken by that attempt),
 * the registration with the same name, size and checksum is adopted from the session.
 */
async function registerFile(api, email, trackingId, file) {
    const filesUrl = `${api.urls.session(email, trackingId)}/files`;
    let lost = false;
    let reply;
    try {
        reply = await api.call({
            method: 'POST',
            url: filesUrl,
            token: true,
            json: file,
            retry: {
                // Safe to repeat after a 5xx too: a registration the server made anyway is adopted.
                retryable: (error) => error.transient || error.answerLost,
                beforeRetry: (error) => {
                    lost ||= error.answerLost;
                    return Promise.resolve(true);
                }
            }
        });
    }
    catch (error) {
        if (!lost || !(error instanceof errors/* CryptshareError */.eY) || error.kind === 'aborted')
            throw error;
        return adoptRegistration(api, email, trackingId, file, error);
    }
    const data = reply.body.length ? replyJson(reply) : {};
    const location = header(reply, 'location');
    const fileId = typeof data.fileId === 'string' && data.fileId ? data.fileId : lastSegment(location);
    if (!fileId)
        throw protocolError(reply, 'the answer names no file id');
    const fileUrl = location ? api.urls.resolve(location) : `${filesUrl}/${encodeURIComponent(fileId)}`;
    return { fileId, fileUrl };
}
/** The session's registration of `file` made by an attempt whose answer was lost, or `refusal`. */
async function adoptRegistration(api, email, trackingId, file, refusal) {
    const session = await getSession(api, email, trackingId);
    const files = shape_sessionFiles(session.files, shape_answer('transfer session', () => undefined));
    const sameName = files.filter((f) => sameFileName(f.fileName, file.fileName));
    const same = sameName.find((f) => f.size === file.size &&
        !!f.id &&
        (!file.checksum || !f.checksum || f.checksum.toLowerCase() === file.checksum.toLowerCase()));
    if (same?.id) {
        const filesUrl = `${api.urls.session(email, trackingId)}/files`;
        const href = same.href ? api.urls.resolve(same.href) : undefined;
        return { fileId: same.id, fileUrl: href ?? `${filesUrl}/${encodeURIComponent(same.id)}` };
    }
    if (sameName.length) {
        throw new errors/* CryptshareError */.eY({
            kind: 'protocol',
            status: refusal.status,
            method: refusal.method,
            url: refusal.url,
            errorCode: refusal.errorCode,
            errorMessage: refusal.errorMessage,
            message: `the name ${quoted(file.fileName)} is held by a different file in the session (size ${String(sameName[0].size)}), and the retried registration was refused (${refusal.message})`
        });
    }
    throw refusal;
}
/** Streams a file's content; every attempt opens the source again from byte 0. */
async function uploadFile(api, fileUrl, body, onUploadProgress, signal) {
    await api.call({
        method: 'PUT',
        url: appendPath(fileUrl, 'content'),
        token: true,
        stream: body,
        onUploadProgress,
        signal
    });
}
async function deleteFile(api, fileUrl) {
    await api.call({ method: 'DELETE', url: fileUrl, token: true });
}
/** File names as the server may compare them: Unicode NFC, without regard to case. */
function sameFileName(a, b) {
    return typeof a === 'string' && a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
}

;// CONCATENATED MODULE: ./src/http/signals.ts
// Abort-signal arithmetic, in one place: signals combined, a time limit, a grace after a cancel.
// The lowest layer that needs it: the client's time limits and the lifecycle's cancel graces.
/** Aborts when either signal does; one of them as is when the other is absent. */
function combineSignals(a, b) {
    return a && b ? AbortSignal.any([a, b]) : (a ?? b);
}
/** A signal that aborts after `ms`; `clear` stops its timer. */
function timeLimit(ms) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Math.max(0, ms));
    return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
/** A signal that aborts `ms` after `signal` does (never, without one); `dispose` stops watching. */
function graceAfter(signal, ms) {
    const controller = new AbortController();
    let timer;
    const start = () => {
        timer = setTimeout(() => controller.abort(), ms);
    };
    if (signal?.aborted)
        start();
    else
        signal?.addEventListener('abort', start, { once: true });
    return {
        signal: controller.signal,
        dispose: () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', start);
        }
    };
}

;// CONCATENATED MODULE: ./src/http/retry.ts

/** Rate-limit waits (429 with `Retry-After`) per request that do not count against `retries`. */
const MAX_RATE_LIMIT_WAITS = 5;
/**
 * Runs `operation` and repeats it after transient failures (network, timeout, 429, 502, 503,
 * 504) with exponential backoff and full jitter, honouring `Retry-After` up to
 * `maxRetryAfterMs` (a longer one fails at once). A 429 with `Retry-After` is the server pacing
 * us, not a failure: up to `MAX_RATE_LIMIT_WAITS` of them are waited out without counting
 * against `retries` (none when `retries` is 0). Other failures and aborts are thrown at once.
 */
async function withRetry(operation, policy, signal, rules = {}) {
    const retryable = rules.retryable ?? ((error) => error.transient);
    const sleep = policy.sleep ?? abortableSleep;
    const random = policy.random ?? Math.random;
    let retried = 0;
    let rateLimitWaits = 0;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (!(error instanceof http_errors/* HttpError */.j) || !retryable(error) || policy.retries < 1 || signal?.aborted)
                throw error;
            if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs)
                throw error;
            const rateLimited = error.status === 429 && error.retryAfterMs !== undefined && rateLimitWaits < MAX_RATE_LIMIT_WAITS;
            if (!rateLimited && retried >= policy.retries)
                throw error;
            if (rules.beforeRetry && !(await rules.beforeRetry(error)))
                throw error;
            if (rateLimited)
                rateLimitWaits++;
            else
                retried++;
            const backoff = random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retried - 1));
            const delayMs = Math.round(error.retryAfterMs ?? backoff);
            policy.onRetry?.({ error, retry: retried, retries: policy.retries, delayMs, rateLimited });
            await sleep(delayMs, signal);
        }
    }
}
/** Parses `Retry-After`: delay seconds or an HTTP date. Returns milliseconds, or undefined. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortError());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
function abortError() {
    const error = new Error('cancelled');
    error.name = 'AbortError';
    return error;
}

// EXTERNAL MODULE: ./src/cryptshare/explain.ts
var explain = __nccwpck_require__(1152);
;// CONCATENATED MODULE: ./src/cryptshare/token-renewal.ts
// The recovery rule for a refused verification token: verify the sender again and repeat the
// request, with one renewal shared by the requests refused together, a budget of renewals in a
// row, a random pause before each, and no renewal of a token the server still takes as valid.


/** How often one request is repeated after its token was refused. */
const RENEWALS_PER_REQUEST = 2;
/** How many renewals a client makes before a request with a renewed token succeeds again. */
const RENEWAL_BUDGET = 10;
/**
 * A refusal of the verification token: 401/403 with errorCode 3002. The server did not carry the
 * request out, so it may be repeated with another token.
 */
function isTokenRefusal(error) {
    return (error instanceof errors/* CryptshareError */.eY &&
        error.kind === 'http' &&
        error.errorCode === 3002 &&
        (error.status === 401 || error.status === 403));
}
/** The token and how to renew it, shared by a client and its `withoutSignal()` copies. */
class Verification {
    token;
    renewal;
    renewalsLeft = 0;
    renewals = 0;
    /** The renewal under way: requests refused meanwhile wait for it instead of starting another. */
    renewing;
    /** From now on refused tokens are renewed by `renewal`, within its budget. */
    renewWith(renewal) {
        this.renewal = renewal;
        this.renewalsLeft = renewal.budget ?? RENEWAL_BUDGET;
    }
}
/** Runs `attempt`; a refused token is renewed and the attempt repeated (see `TokenRenewal`). */
async function withTokenRenewal(verification, use, context, attempt) {
    for (let repeat = 0;; repeat++) {
        const sentWith = verification.token;
        try {
            const answer = await attempt();
            if (repeat > 0)
                verification.renewalsLeft = verification.renewal?.budget ?? RENEWAL_BUDGET;
            return answer;
        }
        catch (error) {
            if (!use.token || use.verification || !isTokenRefusal(error))
                throw error;
            const renewable = verification.renewal !== undefined;
            if (!renewable || use.renew === false || repeat >= RENEWALS_PER_REQUEST)
                throw new errors/* TokenRefusedError */.iA(error, renewable, repeat);
            if (repeat > 0 && sentWith === verification.token && (await stillValid(verification, context)))
                throw new errors/* TokenRefusedError */.iA(error, renewable, repeat);
            try {
                await renewAfter(verification, error, sentWith, context);
            }
            catch (renewalError) {
                throw renewalError === error ? new errors/* TokenRefusedError */.iA(error, renewable, repeat) : renewalError;
            }
        }
    }
}
/** Whether the renewal source says the current token is still valid (false when it cannot tell). */
async function stillValid(verification, context) {
    const renewal = verification.renewal;
    if (!renewal?.isValid)
        return false;
    return renewal.isValid(context.signal).catch(() => false);
}
/**
 * A new token after `refusal` of `sentWith`. When another request renewed it meanwhile, that
 * token is used; a renewal under way is waited for; the budget spent, the refusal stands.
 */
async function renewAfter(verification, refusal, sentWith, context) {
    const renewal = verification.renewal;
    if (!renewal)
        throw refusal;
    if (!verification.renewing) {
        if (verification.token !== sentWith)
            return;
        if (verification.renewalsLeft <= 0)
            throw refusal;
        verification.renewalsLeft--;
        const number = ++verification.renewals;
        verification.renewing = (async () => {
            const jitterMs = renewal.jitterMs ?? Math.min(context.baseDelayMs, 1000);
            await abortableSleep(Math.random() * jitterMs, context.signal);
            renewal.onRenew?.({ renewal: number, refusal });
            verification.token = await renewal.renew(context.signal);
        })().finally(() => {
            verification.renewing = undefined;
        });
    }
    await verification.renewing;
}

;// CONCATENATED MODULE: ./src/cryptshare/request.ts
// The call pipeline: one call in, a `Reply` or a `CryptshareError` out. It sets the API headers,
// bounds the call's time, retries through src/http, turns a status into an error, refuses a body
// that is no API answer, and renews a refused token (token-renewal.ts).










/** The lowest API minor version that has every endpoint this client uses (all are in 1.8). */
const MINIMUM_MINOR_API_VERSION = 8;
/** Retry rules for a request that must not be repeated once an attempt's answer was lost. */
const NOT_AFTER_A_LOST_ANSWER = { retryable: (error) => error.transient && !error.answerLost };
/** A call that ran out of the time its caller gave it (`timeoutMs`). */
class request_CallTimeLimitError extends errors/* CryptshareError */.eY {
}
/** What the endpoints call through: the pipeline of one client, its URLs and its token. */
class RequestPipeline {
    options;
    verification;
    urls;
    constructor(options, 
    /** Shared with the pipelines of the client's `withoutSignal()` copies. */
    verification = new Verification()) {
        this.options = options;
        this.verification = verification;
        this.urls = new ApiUrls(options.apiBase);
    }
    /** The verification token in use (renewed ones included). */
    get token() {
        return this.verification.token;
    }
    /** One call; a refused token is renewed and the call repeated (see `TokenRenewal`). */
    call(call) {
        const context = { signal: this.options.signal, baseDelayMs: this.options.retry.baseDelayMs };
        return withTokenRenewal(this.verification, call, context, () => this.callOnce(call));
    }
    headers(call) {
        const headers = { Accept: 'application/json' };
        if (!call.withoutApiHeaders) {
            headers['X-CS-ClientId'] = this.options.clientId;
            headers['X-CS-MajorApiVersion'] = '1';
            headers['X-CS-MinimumMinorApiVersion'] = String(call.minimumMinor ?? MINIMUM_MINOR_API_VERSION);
            headers['X-CS-ProductKey'] = 'api.rest';
            if (this.options.acceptLanguage)
                headers['Accept-Language'] = this.options.acceptLanguage;
        }
        if (call.token) {
            const token = this.token;
            if (!token)
                throw new Error('internal error: a sender endpoint was called before verification');
            headers['X-CS-VerificationToken'] = token;
        }
        if (call.json !== undefined)
            headers['Content-Type'] = 'application/json';
        if (call.stream)
            headers['Content-Type'] = 'application/octet-stream';
        return headers;
    }
    async callOnce(call) {
        const headers = this.headers(call);
        const body = call.json !== undefined ? JSON.stringify(call.json) : call.stream;
        const cancel = combineSignals(this.options.signal, call.signal);
        const limit = call.timeoutMs !== undefined ? timeLimit(call.timeoutMs) : undefined;
        const signal = combineSignals(cancel, limit?.signal);
        try {
            return await withRetry(async () => {
                const response = await this.options.transport
                    .send({
                    method: call.method,
                    url: call.url,
                    headers,
                    body,
                    signal,
                    onUploadProgress: call.onUploadProgress
                })
                    .catch((error) => {
                    throw error instanceof http_errors/* HttpError */.j ? errors/* CryptshareError */.eY.from(error) : error;
                });
                if (response.status < 200 || response.status >= 300)
                    throw this.httpError(call.method, response, call.url);
                const reply = { ...response, method: call.method, url: redact(new URL(call.url)) };
                // A WAF block page, a maintenance page or an SSO interstitial may answer 200: no proof of anything.
                if (!isApiAnswer(response))
                    throw protocolError(reply, `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer (a proxy, firewall or login page in between?)`);
                return reply;
            }, this.options.retry, signal, call.retry);
        }
        catch (error) {
            if (limit?.signal.aborted && !cancel?.aborted) {
                throw new request_CallTimeLimitError({
                    kind: 'timeout',
                    method: call.method,
                    url: redact(new URL(call.url)),
                    code: 'ETIMEDOUT',
                    message: `no answer within the ${seconds(call.timeoutMs ?? 0)} this request was given`,
                    cause: error
                });
            }
            throw error;
        }
        finally {
            limit?.clear();
        }
    }
    httpError(method, response, url) {
        const parsed = parseJson(response.body);
        const body = parsed && typeof parsed === 'object' ? parsed : undefined;
        const errorCode = toNumber(body?.errorCode ?? body?.code);
        const errorMessage = toText(body?.errorMessage ?? body?.message ?? body?.error);
        const notApi = body === undefined && response.body.length > 0;
        const location = header(response, 'location');
        let message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}${errorMessage ? `: ${errorMessage}` : ''}`;
        // The target of a redirect says most about it (an SSO login page, http→https, a moved server).
        if (response.status >= 300 && response.status < 400)
            message = `HTTP ${response.status} redirect${location ? ` to ${(0,explain/* shorten */.ml)(redactLocation(location, url))}` : ' without a Location'}`;
        else if (notApi && looksTruncated(response.body))
            message = `HTTP ${response.status} with a JSON body that was truncated after ${response.body.length} bytes`;
        else if (notApi)
            message = `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer`;
        const retryAfterMs = parseRetryAfter(header(response, 'retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > this.options.retry.maxRetryAfterMs)
            message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}: the server asks to wait ${seconds(retryAfterMs)} (Retry-After); try again later`;
        return new errors/* CryptshareError */.eY({
            kind: 'http',
            status: response.status,
            errorCode,
            errorMessage,
            method,
            url: redact(new URL(url)),
            retryAfterMs,
            code: notApi && looksTruncated(response.body) ? 'ETRUNCATED' : undefined,
            message
        });
    }
}
function toNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^\d+$/.test(value))
        return Number(value);
    return undefined;
}
function toText(value) {
    return typeof value === 'string' && value ? value : undefined;
}

;// CONCATENATED MODULE: ./src/cryptshare/endpoints/transfers.ts
// The sender's transfers (finalized sessions): the list, one transfer's status, revocation.



/** Revocation came with REST API 1.10. */
const REVOCATION_MINOR_API_VERSION = 10;
/**
 * One page (1-based) of the sender's transfers, newest first:
 * `GET …/transfers?page=&page-size=` (at most 100 per page). The entries are not checked here.
 */
async function listTransfers(api, email, page, pageSize) {
    const url = `${api.urls.user(email, 'transfers')}?page=${page}&page-size=${pageSize}`;
    const reply = await api.call({ method: 'GET', url, token: true });
    const list = replyJson(reply);
    if (!Array.isArray(list))
        throw protocolError(reply, 'the list of transfers is not an array');
    return list;
}
/**
 * Whether a transfer exists, from one status request: `exists` (2xx), `absent` (404, which
 * right after a finalize may also be lag) or `unclear` (any other failure).
 */
async function transferExistence(api, statusUrl, signal) {
    try {
        await api.call({ method: 'GET', url: statusUrl, token: true, signal, retry: { retryable: () => false } });
        return 'exists';
    }
    catch (error) {
        return error instanceof errors/* CryptshareError */.eY && error.kind === 'http' && error.status === 404 ? 'absent' : 'unclear';
    }
}
/** `timeoutMs` bounds the whole call (see `Call.timeoutMs`), e.g. by the time left to wait for processing. */
async function transferStatus(api, statusUrl, options = {}) {
    return replyJson(await api.call({ method: 'GET', url: statusUrl, token: true, timeoutMs: options.timeoutMs }));
}
/**
 * Revokes a sent transfer (API ≥ 1.10): `PATCH …/transfers/{id}` to `DELETED_BY_REVOCATION`.
 * The success status is not documented: any 2xx. A lost answer is not retried (a second PATCH
 * of a revoked transfer is refused): the caller reads the status instead.
 */
async function revokeTransfer(api, email, trackingId, options) {
    const revocationOptions = {
        notifySender: options.notifySender,
        notifyRecipients: options.notifyRecipients
    };
    if (options.message)
        revocationOptions.message = options.message;
    await api.call({
        method: 'PATCH',
        url: api.urls.transfer(email, trackingId),
        token: true,
        minimumMinor: REVOCATION_MINOR_API_VERSION,
        json: { status: { state: 'DELETED_BY_REVOCATION' }, revocationOptions },
        retry: NOT_AFTER_A_LOST_ANSWER
    });
}

;// CONCATENATED MODULE: ./src/cryptshare/endpoints/verification.ts
// Server status, passwords, and sender verification (client id or emailed code).


/** `GET /api/status` (API ≥ 1.13); the body may or may not be wrapped in `data`. */
async function serverStatus(api, options = {}) {
    return replyJson(await api.call({
        method: 'GET',
        url: api.urls.api('status'),
        withoutApiHeaders: true,
        timeoutMs: options.timeoutMs
    }));
}
async function verificationStatus(api, email, options = {}) {
    const reply = await api.call({
        method: 'GET',
        url: api.urls.user(email, 'verification'),
        token: api.token !== undefined,
        verification: true,
        signal: options.signal,
        minimumMinor: options.minimumMinor
    });
    return replyJson(reply);
}
/** Client-id verification: `POST …/verification/token` with `{}`. */
async function requestToken(api, email, options = {}) {
    const reply = await api.call({
        method: 'POST',
        url: api.urls.user(email, 'verification/token'),
        json: {},
        signal: options.signal
    });
    const data = replyJson(reply);
    if (typeof data.token !== 'string' || !data.token)
        throw protocolError(reply, 'the answer carries no token');
    return { token: data.token, validUntil: data.validUntil };
}
/**
 * Email verification, step 1: the server mails a verification code to `email` (no body). A lost
 * answer is not retried: a second request may invalidate the code the first one mailed.
 */
async function requestVerificationCode(api, email) {
    await api.call({
        method: 'POST',
        url: api.urls.user(email, 'verification/code/email'),
        retry: NOT_AFTER_A_LOST_ANSWER
    });
}
/**
 * Email verification, step 2: exchanges the mailed code for a verification token. A lost answer
 * is not retried: the server may have used the code up.
 */
async function exchangeVerificationCode(api, email, verificationCode) {
    const reply = await api.call({
        method: 'POST',
        url: api.urls.user(email, 'verification/token'),
        json: { verificationCode },
        retry: NOT_AFTER_A_LOST_ANSWER
    });
    const data = replyJson(reply);
    if (typeof data.token !== 'string' || !data.token)
        throw protocolError(reply, 'the answer carries no token');
    return { token: data.token, validUntil: data.validUntil };
}
async function generatePassword(api) {
    const reply = await api.call({ method: 'GET', url: api.urls.api('password'), token: api.token !== undefined });
    const data = replyJson(reply);
    if (typeof data.password !== 'string' || !data.password)
        throw protocolError(reply, 'the answer carries no password');
    return data.password;
}
async function validatePassword(api, password) {
    const reply = await api.call({
        method: 'POST',
        url: api.urls.api('password'),
        token: api.token !== undefined,
        json: { password }
    });
    return replyJson(reply);
}
async function passwordRequirements(api) {
    const reply = await api.call({
        method: 'GET',
        url: api.urls.api('password/requirements'),
        token: api.token !== undefined
    });
    const data = replyJson(reply);
    return Array.isArray(data) ? data : [];
}

;// CONCATENATED MODULE: ./src/cryptshare/client.ts








/** The Cryptshare REST API, sender side: one method per endpoint; every failure is a `CryptshareError`. */
class CryptshareClient {
    api;
    constructor(options) {
        this.api = new RequestPipeline(options);
    }
    /** A client with the same settings and token that ignores the cancellation signal (for clean-up). */
    withoutSignal() {
        return this.copyWith({ signal: undefined });
    }
    /**
     * A client with the same settings and token whose retry notices are held back until `release()`
     * (then reported, and later ones at once), else never reported: for a request sent beside
     * another whose failure, if it fails alike, is the one to report (or one never worth reporting).
     */
    withHeldRetryNotices() {
        const report = this.api.options.retry.onRetry;
        const held = [];
        let released = false;
        const onRetry = (notice) => {
            if (released)
                report?.(notice);
            else
                held.push(notice);
        };
        const copy = this.copyWith({ retry: { ...this.api.options.retry, onRetry } });
        const release = () => {
            released = true;
            for (const notice of held.splice(0))
                report?.(notice);
        };
        return { client: copy, release };
    }
    /** A client with these settings changed that shares this one's token (and its renewal). */
    copyWith(changes) {
        const copy = new CryptshareClient({ ...this.api.options, ...changes });
        copy.api = new RequestPipeline(copy.api.options, this.api.verification);
        return copy;
    }
    /** Uses this verification token on every sender endpoint from now on. */
    useToken(token) {
        this.api.verification.token = token;
    }
    /** The verification token in use (renewed ones included). */
    get verificationToken() {
        return this.api.token;
    }
    /** From now on a refused token is renewed by `renewal` and the request repeated (see token-renewal.ts). */
    renewTokensWith(renewal) {
        this.api.verification.renewWith(renewal);
    }
    serverStatus(options) {
        return serverStatus(this.api, options);
    }
    /** `minimumMinor`: ask for that API version, to learn whether the server has it (404/2004 when not). */
    verificationStatus(email, options) {
        return verificationStatus(this.api, email, options);
    }
    requestToken(email, options) {
        return requestToken(this.api, email, options);
    }
    requestVerificationCode(email) {
        return requestVerificationCode(this.api, email);
    }
    exchangeVerificationCode(email, verificationCode) {
        return exchangeVerificationCode(this.api, email, verificationCode);
    }
    generatePassword() {
        return generatePassword(this.api);
    }
    validatePassword(password) {
        return validatePassword(this.api, password);
    }
    passwordRequirements() {
        return passwordRequirements(this.api);
    }
    transferPolicy(email, recipients) {
        return transferPolicy(this.api, email, recipients);
    }
    createSession(email, body, options) {
        return createSession(this.api, email, body, options);
    }
    getSession(email, trackingId) {
        return getSession(this.api, email, trackingId);
    }
    patchSession(email, trackingId, patch) {
        return patchSession(this.api, email, trackingId, patch);
    }
    deleteSession(email, trackingId, options) {
        return deleteSession(this.api, email, trackingId, options);
    }
    deleteSessionAt(email, location) {
        return deleteSessionAt(this.api, email, location);
    }
    finalize(email, trackingId, options) {
        return finalize(this.api, email, trackingId, options);
    }
    registerFile(email, trackingId, file) {
        return registerFile(this.api, email, trackingId, file);
    }
    uploadFile(fileUrl, body, onProgress, signal) {
        return uploadFile(this.api, fileUrl, body, onProgress, signal);
    }
    deleteFile(fileUrl) {
        return deleteFile(this.api, fileUrl);
    }
    listTransfers(email, page, pageSize) {
        return listTransfers(this.api, email, page, pageSize);
    }
    /** Whether a transfer exists (see `transferExistence`). */
    transferState(statusUrl, signal) {
        return transferExistence(this.api, statusUrl, signal);
    }
    transferStatus(statusUrl, options) {
        return transferStatus(this.api, statusUrl, options);
    }
    revokeTransfer(email, trackingId, options) {
        return revokeTransfer(this.api, email, trackingId, options);
    }
    sessionUrl(email, trackingId) {
        return this.api.urls.session(email, trackingId);
    }
    transferUrl(email, trackingId) {
        return this.api.urls.transfer(email, trackingId);
    }
    /** A `Location` resolved and rebased onto our server (see `ApiUrls.resolve`). */
    resolve(location) {
        return this.api.urls.resolve(location);
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ./src/core/option-table.ts
var option_table = __nccwpck_require__(6727);
// EXTERNAL MODULE: ./src/core/option-values.ts
var option_values = __nccwpck_require__(6369);
;// CONCATENATED MODULE: ./src/core/option-reader.ts
// Reads options from a plain key-value source, each checked by what its table entry declares
// (kind, choices, bounds, default). Messages name options the way the front-end's `OptionNaming` does.



const CLIENT_ID = /^[A-Za-z0-9]{50,4000}$/;
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
/** A reader of the options in `source`, each checked by its entry in `table` (defaults too). */
function optionReader(source, table = option_table/* OPTIONS */.lw) {
    const { naming } = source;
    const raw = (name) => source.get(name).trim();
    const given = (name) => raw(name) || (0,option_table/* defaultOf */.HA)(name, table);
    const spec = (name, kind) => {
        const entry = table[name];
        if (entry?.kind !== kind)
            throw new Error(`option "${name}" is not of kind ${kind} in the table`);
        return entry;
    };
    /** A whole number within the entry's bounds: from `min` (default 1) to `max` (named in the message). */
    const integer = (name) => {
        const { min = 1, max } = spec(name, 'integer');
        const value = given(name);
        const n = wholeNumber(value);
        if (n === undefined || n < min) {
            const wanted = min === 0 ? 'a whole number, 0 or more' : 'a positive whole number';
            throw new option_values/* InputError */.dz(`${naming.option(name)} must be ${wanted}; got "${(0,explain/* shorten */.ml)(value)}".`);
        }
        if (max && n > max.max)
            throw new option_values/* InputError */.dz(`${naming.option(name)} must be at most ${max.max} (${max.why}); got "${(0,explain/* shorten */.ml)(value)}".`);
        return n;
    };
    return {
        raw,
        required(name) {
            const value = raw(name);
            if (!value)
                throw new option_values/* InputError */.dz(naming.missing(name));
            return value;
        },
        /** One of the entry's choices (given in any case). */
        choice(name) {
            const allowed = spec(name, 'choice').choices ?? [];
            const value = given(name);
            const match = allowed.find((a) => a === value.toLowerCase());
            if (!match) {
                throw new option_values/* InputError */.dz(`${naming.option(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${(0,explain/* shorten */.ml)(value)}".`);
            }
            return match;
        },
        bool(name) {
            spec(name, 'boolean');
            const value = given(name);
            if (/^(true|yes|on|1)$/i.test(value))
                return true;
            if (/^(false|no|off|0)$/i.test(value))
                return false;
            throw new option_values/* InputError */.dz(`${naming.option(name)} must be "true" or "false"; got "${(0,explain/* shorten */.ml)(value)}".`);
        },
        integer,
        /** An integer option without a default: undefined when not given. */
        optionalInteger(name) {
            return given(name) ? integer(name) : undefined;
        },
        /** The same as `integer` (the table says where the number starts); kept for its callers. */
        nonNegative: integer,
        email(name) {
            const value = this.required(name);
            (0,option_values/* refuseDisplayName */.cG)(value, naming.option(name));
            if (!option_values/* EMAIL */.Tm.test(value))
                throw new option_values/* InputError */.dz(`${naming.option(name)} is not a valid email address: "${(0,explain/* shorten */.ml)(value)}".`);
            return value;
        },
        clientId(name) {
            const value = this.required(name);
            if (!CLIENT_ID.test(value)) {
                throw new option_values/* InputError */.dz(`${naming.option(name)} must be 50 to 4000 letters and digits (A-Z, a-z, 0-9); the value given ` +
                    `has ${value.length} characters${/[^A-Za-z0-9]/.test(value) ? ' and other characters' : ''}. ` +
                    'Pass the client id your Cryptshare administrator registered, from a secret.');
            }
            return value;
        },
        serverUrl(name) {
            return (0,option_values/* parseServerUrl */.Ep)(this.required(name), naming.option(name));
        },
        language(name) {
            const value = raw(name) || undefined;
            if (value && !LANGUAGE.test(value)) {
                throw new option_values/* InputError */.dz(`${naming.option(name)} must be a language tag such as "en" or "de-DE"; got "${(0,explain/* shorten */.ml)(value)}".`);
            }
            return value;
        }
    };
}
function wholeNumber(value) {
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    return Number.isSafeInteger(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./src/core/delivery-settings.ts
// The delivery's options read into one typed object, and what `deliver()` is asked to do.





/** Parses and validates every delivery option into one typed object. Throws `InputError` on bad input. */
function readDeliverySettings(source, defaults) {
    const { naming } = source;
    const read = optionReader(source);
    const serverUrl = read.serverUrl('server-url');
    const clientId = read.clientId('client-id');
    const senderEmail = read.email('sender-email');
    const recipients = readRecipients(source);
    const patternLines = (text) => text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'));
    const filePatterns = patternLines(read.required('files'));
    const attestationPatterns = patternLines(read.raw('require-attestation'));
    if (filePatterns.filter((p) => !p.startsWith('!')).length === 0) {
        throw new option_values/* InputError */.dz(`${naming.option('files')} has no pattern that includes files (only "!" excludes).`);
    }
    const passwordMode = read.choice('password-mode');
    const password = read.raw('password') || undefined;
    if (passwordMode === 'manual' && !password) {
        throw new option_values/* InputError */.dz(`${naming.option('password-mode')} is "manual" but ${naming.name('password')} is empty. Pass the password from a secret, or use ${naming.setting('password-mode', 'generated')}.`);
    }
    if (passwordMode !== 'manual' && password) {
        throw new option_values/* InputError */.dz(`${naming.option('password')} is set but ${naming.name('password-mode')} is "${passwordMode}". Set ${naming.setting('password-mode', 'manual')} to use your own password.`);
    }
    const workspace = external_node_path_namespaceObject.resolve(defaults.workspace);
    return {
        serverUrl,
        apiBase: `${serverUrl}/api`,
        clientId,
        senderEmail,
        senderName: read.raw('sender-name') || defaults.senderName,
        senderPhone: read.raw('sender-phone'),
        verificationToken: read.raw('verification-token') || undefined,
        recipients,
        filePatterns,
        attestationPatterns,
        includeHiddenFiles: read.bool('include-hidden-files'),
        ifNoFilesFound: read.choice('if-no-files-found'),
        subject: read.raw('subject') || undefined,
        message: textOrFile(source, 'message', 'message-file', workspace),
        confidentialMessage: textOrFile(source, 'confidential-message', 'confidential-message-file', workspace),
        passwordMode,
        password,
        expirationDays: read.optionalInteger('expiration-days'),
        language: read.language('language'),
        notifyRecipients: read.bool('notify-recipients'),
        notifyDownloads: read.bool('notify-downloads'),
        showFileNames: read.bool('show-file-names'),
        uploadConcurrency: read.integer('upload-concurrency'),
        waitForProcessing: read.bool('wait-for-processing'),
        processingTimeoutSeconds: read.integer('processing-timeout'),
        allowRemovedFiles: read.bool('allow-removed-files'),
        retries: read.integer('retries'),
        dryRun: read.bool('dry-run'),
        checksumFiles: readChecksumFiles(source),
        receipt: {
            clearRecipients: read.choice('receipt-recipients') === 'clear',
            recipientHashKey: read.raw('recipient-hash-key') || undefined
        },
        deliverAgain: read.bool('deliver-again'),
        workspace
    };
}
/** The largest message file read. */
const MAX_MESSAGE_FILE_BYTES = 256 * 1024;
/** An option's text, or the text of the file its `…-file` option names (relative to the workspace); not both. */
function textOrFile(source, option, fileOption, workspace) {
    const { naming } = source;
    const text = source.get(option).trim();
    const file = source.get(fileOption).trim();
    if (text && file)
        throw new option_values/* InputError */.dz(`${naming.option(option)} and ${naming.name(fileOption)} are both set: give one.`);
    if (!file)
        return text || undefined;
    const full = external_node_path_namespaceObject.resolve(workspace, file);
    let stat;
    try {
        stat = external_node_fs_namespaceObject.statSync(full);
    }
    catch {
        stat = undefined;
    }
    if (!stat?.isFile())
        throw new option_values/* InputError */.dz(`${naming.option(fileOption)} names "${file}", which is not a file in ${workspace}.`);
    if (stat.size > MAX_MESSAGE_FILE_BYTES)
        throw new option_values/* InputError */.dz(`${naming.option(fileOption)} names "${file}", which is over 256 KiB.`);
    return external_node_fs_namespaceObject.readFileSync(full, 'utf8').replace(/\r?\n$/, '') || undefined;
}
/** `checksums` (a list of sha256/sha512, or none) and what is done with the files. */
function readChecksumFiles(source) {
    const { naming } = source;
    const read = optionReader(source);
    const text = read.raw('checksums').trim().toLowerCase() || 'sha256';
    const algorithms = [];
    if (text !== 'none') {
        for (const item of text.split(/[\s,]+/).filter(Boolean)) {
            if (item !== 'sha256' && item !== 'sha512')
                throw new option_values/* InputError */.dz(`${naming.option('checksums')} is "${(0,explain/* shorten */.ml)(text)}": give sha256, sha512, both separated by a comma (sha256,sha512), or none.`);
            if (!algorithms.includes(item))
                algorithms.push(item);
        }
    }
    const include = read.bool('include-checksums');
    const inMessage = read.bool('checksums-in-message');
    if (!algorithms.length && (include || inMessage))
        throw new option_values/* InputError */.dz(`${naming.setting(include ? 'include-checksums' : 'checksums-in-message', 'true')} needs checksum files: set ${naming.setting('checksums', 'sha256')} (or sha512, or both).`);
    return { algorithms, include, inMessage };
}
/** To, cc and bcc: at least one address, each valid and listed once. */
function readRecipients(source) {
    const { naming } = source;
    const list = (name) => (0,option_values/* parseAddresses */.ug)(source.get(name), naming.option(name));
    const to = list('recipients');
    const cc = list('cc');
    const bcc = list('bcc');
    if (to.length + cc.length + bcc.length === 0) {
        throw new option_values/* InputError */.dz(`${naming.missing('recipients')} Give at least one recipient address in ${naming.name('recipients')} (or ${naming.name('cc')}/${naming.name('bcc')}).`);
    }
    const seen = new Map();
    for (const [name, addresses] of [
        ['recipients', to],
        ['cc', cc],
        ['bcc', bcc]
    ]) {
        for (const address of addresses) {
            const key = address.toLowerCase();
            const first = seen.get(key);
            if (first) {
                throw new option_values/* InputError */.dz(`Recipient "${(0,explain/* shorten */.ml)(address)}" appears more than once (in "${first}" and "${name}"); list each address once.`);
            }
            seen.set(key, name);
        }
    }
    return { to, cc, bcc };
}
/** What `deliver()` is asked to do, from the settings and the selected files. */
function deliveryOptions(settings, files, extra) {
    return {
        ...settings,
        files,
        processingTimeoutMs: settings.processingTimeoutSeconds * 1000,
        finalizeBounds: { confirmMs: extra.finalizeConfirmMs },
        lookForEarlierDelivery: extra.lookForEarlierDelivery
    };
}

;// CONCATENATED MODULE: ./src/core/options.ts
// The options of a delivery, shared by every front-end: the table (kinds, choices, bounds,
// defaults), the reader that checks values by it, and the delivery's settings read through it.
// One module per job, named here together for the rest of the code.





;// CONCATENATED MODULE: ./src/core/tuning.ts

/** The environment variables that set the bounds; error messages name them. */
const TuningEnv = {
    idleTimeout: 'CRYPTSHARE_TIMEOUT_SECONDS',
    requestTimeout: 'CRYPTSHARE_REQUEST_TIMEOUT_SECONDS',
    retryBase: 'CRYPTSHARE_RETRY_BASE_MS',
    retryMax: 'CRYPTSHARE_RETRY_MAX_MS',
    finalizeConfirm: 'CRYPTSHARE_FINALIZE_CONFIRM_SECONDS',
    downloadPoll: 'CRYPTSHARE_DOWNLOAD_POLL_SECONDS'
};
/**
 * Reads the knobs; a missing or invalid value (not a number, negative; zero for a timeout) means
 * the default. A value beyond the longest timer Node.js can set (about 24 days) counts as that
 * longest one: a longer timer would fire at once and fail every request.
 */
function tuning(env) {
    const ms = (name, fallback, unit, minimum = 'zero') => {
        const text = env[name]?.trim();
        const value = Number(text);
        const valid = text && Number.isFinite(value) && (minimum === 'zero' ? value >= 0 : value > 0);
        return Math.min((valid ? value : fallback) * unit, option_table/* MAX_TIMER_MS */._o);
    };
    return {
        idleTimeoutMs: ms(TuningEnv.idleTimeout, 30, 1000, 'positive'),
        requestTimeoutMs: ms(TuningEnv.requestTimeout, 120, 1000, 'positive'),
        retryBaseMs: ms(TuningEnv.retryBase, 1000, 1),
        retryMaxMs: ms(TuningEnv.retryMax, 30_000, 1),
        finalizeConfirmMs: ms(TuningEnv.finalizeConfirm, 30, 1000, 'positive'),
        downloadPollMs: ms(TuningEnv.downloadPoll, 10, 1000, 'positive')
    };
}

;// CONCATENATED MODULE: ./src/core/connection.ts





/**
 * Longest `Retry-After` waited out (the server's rate-limit docs show 60 s); a server asking for
 * more fails the request at once, naming the wait.
 */
const MAX_RETRY_AFTER_MS = 120_000;
/**
 * A Cryptshare client over a keep-alive transport for a command's settings: timeouts and backoff
 * from `tuning(host.env)`, the host's cancellation and User-Agent, a warning line per retry.
 */
function connection_openConnection(settings, host) {
    const knobs = tuning(host.env);
    const transport = new Transport({
        idleTimeoutMs: knobs.idleTimeoutMs,
        requestTimeoutMs: knobs.requestTimeoutMs,
        userAgent: host.userAgent,
        settings: { idleTimeout: TuningEnv.idleTimeout, requestTimeout: TuningEnv.requestTimeout }
    });
    const client = new CryptshareClient({
        apiBase: settings.apiBase,
        clientId: settings.clientId,
        transport,
        acceptLanguage: settings.language,
        signal: host.signal,
        retry: {
            retries: settings.retries,
            baseDelayMs: knobs.retryBaseMs,
            maxDelayMs: knobs.retryMaxMs,
            maxRetryAfterMs: MAX_RETRY_AFTER_MS,
            onRetry: (notice) => {
                host.warning(retryLine(notice));
                host.debug(retryDetail(notice));
            }
        }
    });
    return { client, close: () => transport.dispose() };
}
/**
 * The warning line for a request that is retried: `retry 2/5 in 2.4 s: connection refused`.
 * The request and the advice (check server-url, proxies) are left to the debug line and the
 * final error, said once.
 */
function retryLine({ error, retry, retries, delayMs, rateLimited }) {
    if (rateLimited)
        return `rate limited (HTTP 429): waiting ${seconds(delayMs)} as the server asks (Retry-After)`;
    return `retry ${retry}/${retries} in ${seconds(delayMs)}: ${failureReason(error)}`;
}
/** The debug line for a retried request: which request, and its whole failure. */
function retryDetail({ error }) {
    return `retried request: ${error.method} ${(0,explain/* shorten */.ml)(error.url)} failed: ${(0,explain/* shorten */.ml)(error.message)}`;
}
/** A failure in a few words, without the advice its full message carries. */
function failureReason(error) {
    switch (error.kind) {
        case 'http':
            return error.status === 429 ? 'rate limited (HTTP 429)' : `HTTP ${error.status}`;
        case 'timeout':
            // The transport's timeout messages open with what happened, then say why and what sets it.
            return error.message.split(' (')[0];
        case 'network':
            if (error.code === 'ECONNREFUSED')
                return 'connection refused';
            if (error.code === 'ECONNRESET')
                return 'connection reset';
            if (error.code === 'ETRUNCATED')
                return 'answer cut short';
            return `connection failed (${error.code ?? 'unknown'})`;
        case 'protocol':
            return 'not an API answer';
        case 'source':
            return 'reading the file failed';
        case 'setup':
            return `connection could not be set up (${error.code ?? 'unknown'})`;
        case 'aborted':
            return 'cancelled';
    }
}

;// CONCATENATED MODULE: ./src/core/errors.ts
// The core's errors: a failure of one step of a command, said in one line ("transfer status
// failed: …"), with what caused it kept as its cause.



/** A failure in one step of a command; wraps the cause with the step's name. */
class errors_DeliveryError extends Error {
    step;
    constructor(step, message, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.name = 'DeliveryError';
        this.step = step;
    }
}
/** Runs `run`; a failure becomes a `DeliveryError` labelled `what` (one already labelled is kept). */
async function labelled(what, run) {
    try {
        return await run();
    }
    catch (error) {
        throw errors_labelledError(what, error);
    }
}
/**
 * `error` as a `DeliveryError` labelled `what`: `<what> failed: <why>`. A `DeliveryError` stays as
 * it is, and an answer of the wrong shape already says which answer and what is wrong with it.
 */
function errors_labelledError(what, error) {
    if (error instanceof errors_DeliveryError)
        return error;
    if (error instanceof AnswerShapeError)
        return new errors_DeliveryError(error.step, error.message, error);
    if (error instanceof errors/* CryptshareError */.eY)
        return new errors_DeliveryError(what, `${what} failed: ${(0,explain/* explainRequestFailure */.Z)(error)}`, error);
    return new errors_DeliveryError(what, `${what} failed: ${error.message}`, error);
}
/** The first error of type `type` in `error`'s cause chain (itself included). */
function causeOfType(error, type) {
    for (let e = error; e instanceof Error; e = e.cause)
        if (e instanceof type)
            return e;
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/wait.ts
// The only loops of the core that wait: a clock, polling with backoff, and a bounded parallel pool.


const systemClock = { now: () => Date.now(), sleep: abortableSleep };
/**
 * Reads until `done` says so or `timeoutMs` has passed, pausing with exponential backoff in
 * between; the last value read, and whether it was done. Each read is told the time left (which
 * may be 0 or less on the last one). A pause ends early, throwing, when `signal` aborts.
 */
async function pollUntil(read, done, bounds) {
    const clock = bounds.clock ?? systemClock;
    const deadline = clock.now() + bounds.timeoutMs;
    let delay = bounds.firstDelayMs;
    for (let reads = 1;; reads++) {
        const value = await read(deadline - clock.now());
        if (done(value))
            return { value, done: true };
        const remaining = deadline - clock.now();
        if (remaining <= 0 || reads === bounds.maxReads)
            return { value, done: false };
        bounds.onWait?.(Math.min(delay, remaining), delay);
        await clock.sleep(Math.min(delay, remaining), bounds.signal);
        delay = Math.min(delay * 2, bounds.maxDelayMs);
    }
}
/**
 * Runs `work` on every item, at most `limit` at a time, in order of the items; the results in the
 * same order. The first failure aborts `stop` (for the work still running to end early), no new
 * item is started, and that failure is thrown once every running item has ended.
 */
async function inParallel(items, limit, work) {
    const results = new Array(items.length);
    const stop = new AbortController();
    let firstError;
    let next = 0;
    const worker = async () => {
        while (!stop.signal.aborted && next < items.length) {
            const index = next++;
            try {
                results[index] = await work(items[index], stop.signal, index);
            }
            catch (error) {
                if (!stop.signal.aborted) {
                    firstError = error;
                    stop.abort();
                }
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (stop.signal.aborted)
        throw firstError;
    return results;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/file-chunks.ts
// Files read in chunks into reused buffers: hashing and uploading make no garbage however many
// files there are, and each chunk is read while the one before is hashed or sent.

/**
 * Each read is a trip through libuv's thread pool: at 256 KiB those cost about a third of the
 * hashing time (64 MiB: 75 ms against 54 ms).
 */
const CHUNK_BYTES = 1024 * 1024;
/** Buffers no read uses at the moment. */
const spare = [];
/**
 * A file's bytes from its start in chunks of up to CHUNK_BYTES, the next read while the caller
 * uses the last. A chunk is only valid until the next is asked for: its buffer is then read into
 * again. With `length`, exactly that many bytes (a file that shrank fails the iteration);
 * without, up to the end of the file.
 */
async function* fileChunks(filePath, length, signal) {
    const file = await external_node_fs_namespaceObject.promises.open(filePath, 'r');
    const buffers = [
        spare.pop() ?? Buffer.allocUnsafeSlow(CHUNK_BYTES),
        spare.pop() ?? Buffer.allocUnsafeSlow(CHUNK_BYTES)
    ];
    let position = 0;
    let asked = 0;
    const readInto = (buffer) => {
        asked = length === undefined ? buffer.length : Math.min(buffer.length, length - position);
        return asked > 0 ? file.read(buffer, 0, asked, position) : undefined;
    };
    let reading = readInto(buffers[0]);
    try {
        for (let i = 0; reading; i ^= 1) {
            signal?.throwIfAborted();
            const { bytesRead } = await reading;
            reading = undefined;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            // Read to its end, a regular file reads short only there: no read is needed to see that.
            if (length !== undefined || bytesRead === asked)
                reading = readInto(buffers[i ^ 1]);
            yield buffers[i].subarray(0, bytesRead);
        }
        if (length !== undefined && position < length)
            throw new Error(`read ${position} of ${length} bytes`);
    }
    finally {
        // A read still running would land in a buffer handed out again: let it end first.
        await reading?.catch(() => undefined);
        await file.close();
        spare.push(...buffers);
    }
}

;// CONCATENATED MODULE: ./src/core/lifecycle/checksum.ts
// Checksums in the algorithm the session names (`fileChecksumAlgorithm`, API reference §3.11),
// and the SHA-256 file records the result lists.



/**
 * The node:crypto name of a session's `fileChecksumAlgorithm` (`SHA256`, `SHA-256`, `sha512`, …):
 * `sha256` when the server names none, undefined for an algorithm the action does not know.
 */
function checksum_checksumAlgorithm(value) {
    if (value === undefined || value === null || value === '')
        return 'sha256';
    if (typeof value !== 'string')
        return undefined;
    const name = value.replace(/[-_\s]/g, '').toUpperCase();
    return { SHA256: 'sha256', SHA512: 'sha512', SHA1: 'sha1', MD5: 'md5' }[name];
}
/** Lowercase hex digests of a file in each of `algorithms`, from one read in chunks. */
async function digestFile(filePath, algorithms, signal) {
    const hashes = [...new Set(algorithms)].map((algorithm) => [algorithm, (0,external_node_crypto_namespaceObject.createHash)(algorithm)]);
    for await (const chunk of fileChunks(filePath, undefined, signal))
        for (const [, hash] of hashes)
            hash.update(chunk);
    return Object.fromEntries(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
}
const RACY_MS = 2000;
async function fileStamp(filePath) {
    const s = await external_node_fs_namespaceObject.promises.stat(filePath, { bigint: true });
    const modifiedMs = Number(s.mtimeNs / 1000000n);
    return {
        key: [s.dev, s.ino, s.size, s.mtimeNs, s.ctimeNs].join(':'),
        racy: Math.abs(Date.now() - modifiedMs) < RACY_MS
    };
}
async function stampedDigests(filePath, algorithms, signal) {
    const stamp = await fileStamp(filePath);
    return { stamp, digests: await digestFile(filePath, algorithms, signal) };
}
/** SHA-256 of a file as lowercase hex, read now (not the digest kept for the run). */
async function sha256File(filePath) {
    return (await digestFile(filePath, ['sha256'])).sha256;
}
/** What the result says of a delivered file: its SHA-256, and its SHA-512 when that was computed. */
function fileRecord(file, digests) {
    const record = { name: file.name, path: file.relativePath, size: file.size, sha256: digests.sha256 };
    if (digests.sha512)
        record.sha512 = digests.sha512;
    return record;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/file-digests.ts

const known = new WeakMap();
/** The file's digests in `algorithms` (and any computed before), reading it only for those not yet known. */
function fileDigests(file, algorithms, signal) {
    const earlier = known.get(file);
    const next = earlier
        ? earlier.then((done) => withMissing(file, done, algorithms, signal), () => stampedDigests(file.absolutePath, algorithms, signal))
        : stampedDigests(file.absolutePath, algorithms, signal);
    known.set(file, next);
    // A failed read (cancelled, unreadable) is not remembered: the next asker reads again.
    next.catch(() => {
        if (known.get(file) === next) {
            if (earlier)
                known.set(file, earlier);
            else
                known.delete(file);
        }
    });
    return next;
}
async function withMissing(file, done, algorithms, signal) {
    const missing = algorithms.filter((algorithm) => !(algorithm in done.digests));
    if (!missing.length)
        return done;
    return { stamp: done.stamp, digests: { ...done.digests, ...(await digestFile(file.absolutePath, missing, signal)) } };
}
/** Every file's record (name, path, size, SHA-256 and the other digests asked for), hashed one after the other. */
async function hashAll(files, algorithms = []) {
    const out = [];
    for (const file of files)
        out.push(fileRecord(file, (await fileDigests(file, ['sha256', ...algorithms])).digests));
    return out;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/finalize.ts





const DEFAULT_FINALIZE_BOUNDS = { confirmMs: 30_000, cancelGraceMs: 7_000 };
/** Part of the cancel grace the finalize request itself may use; the rest is for checking. */
const REQUEST_SHARE = 0.6;
async function finalizeOutcome(client, sender, trackingId, bounds, signal, clock, log) {
    const canonical = client.transferUrl(sender, trackingId);
    // Neither the request nor the checks stop at the job's cancel signal, only some time after it.
    const uncancelled = client.withoutSignal();
    const requestGrace = graceAfter(signal, bounds.cancelGraceMs * REQUEST_SHARE);
    const checkGrace = graceAfter(signal, bounds.cancelGraceMs);
    let mayHaveGoneThrough = false;
    let seenMeanwhile = false;
    try {
        try {
            const { location } = await uncancelled.finalize(sender, trackingId, {
                signal: requestGrace.signal,
                retry: {
                    retryable: (error) => error.transient || error.answerLost,
                    beforeRetry: async (error) => {
                        mayHaveGoneThrough ||= !provesNothingHappened(error);
                        if (signal?.aborted)
                            return false;
                        seenMeanwhile = (await uncancelled.transferState(canonical, checkGrace.signal)) === 'exists';
                        return !seenMeanwhile;
                    }
                }
            });
            return { kind: 'finalized', statusUrl: statusUrlFrom(client, location, trackingId) ?? canonical };
        }
        catch (error) {
            if (seenMeanwhile)
                return { kind: 'finalized', statusUrl: canonical };
            mayHaveGoneThrough ||= !provesNothingHappened(error);
            if (!mayHaveGoneThrough)
                return { kind: 'refused', error };
            log(`The outcome of finalizing ${trackingId} is unclear; asking the transfer status whether it went through.`);
            const confirmed = await finalize_confirm(uncancelled, canonical, bounds.confirmMs, checkGrace.signal, clock);
            return confirmed ? { kind: 'finalized', statusUrl: canonical } : { kind: 'unknown', error };
        }
    }
    finally {
        requestGrace.dispose();
        checkGrace.dispose();
    }
}
/**
 * Failures that show the server did not carry out the request: it refused it (4xx other than
 * 404 and 408), or the connection was never made (DNS, TLS, refused).
 */
function provesNothingHappened(error) {
    if (!(error instanceof errors/* CryptshareError */.eY))
        return false;
    if (error.kind === 'http')
        return error.status >= 400 && error.status < 500 && ![404, 408].includes(error.status);
    return error.kind === 'setup' || (error.kind === 'network' && error.code === 'ECONNREFUSED');
}
/** Asks the status until it answers 2xx (true) or the time is up (false); 404 may be lag. */
async function finalize_confirm(client, statusUrl, withinMs, signal, clock) {
    try {
        const { value } = await pollUntil(() => client.transferState(statusUrl, signal), 
        // A cancel past its grace ends the asking too (the state read then is not `exists`).
        (state) => state === 'exists' || signal.aborted, { timeoutMs: withinMs, firstDelayMs: 250, maxDelayMs: 2000, clock, signal });
        return value === 'exists';
    }
    catch {
        // Only the pause throws (transferState never does): the grace ran out while waiting.
        return false;
    }
}
/** The status URL of a finalize's `Location`, when it is well-formed and names this transfer. */
function statusUrlFrom(client, location, trackingId) {
    if (!location)
        return undefined;
    const named = idFromLocation(location);
    if (!('id' in named) || named.id !== trackingId)
        return undefined;
    try {
        return client.resolve(location);
    }
    catch {
        return undefined;
    }
}
/**
 * A failure once finalize was sent, so the transfer exists or may exist (finalize unclear, or
 * the status read after it failed): what is known of it (tracking id, files, password) is still
 * published; `result.state` only when the state is known.
 */
class FinalizeSentError extends errors_DeliveryError {
    result;
    constructor(step, message, cause, result) {
        super(step, message, cause);
        this.result = result;
        this.name = 'FinalizeSentError';
    }
}
/** Finalize was sent and neither its answer nor the transfer status showed whether it went through. */
class FinalizeOutcomeUnknownError extends FinalizeSentError {
    constructor(message, cause, result) {
        super('finalize', message, cause, result);
        this.name = 'FinalizeOutcomeUnknownError';
    }
}

;// CONCATENATED MODULE: ./src/core/contract.ts
const contract_NEUTRAL_NAMING = {
    option: (name) => `"${name}"`,
    name: (name) => `"${name}"`,
    setting: (name, value) => `"${name}: ${value}"`,
    missing: (name) => `"${name}" is required and not set.`
};

;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/brace-expressions.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, /u flag required, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}', true],
    '[:alpha:]': ['\\p{L}\\p{Nl}', true],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f', false],
    '[:blank:]': ['\\p{Zs}\\t', true],
    '[:cntrl:]': ['\\p{Cc}', true],
    '[:digit:]': ['\\p{Nd}', true],
    '[:graph:]': ['\\p{Z}\\p{C}', true, true],
    '[:lower:]': ['\\p{Ll}', true],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}', true],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f', true],
    '[:upper:]': ['\\p{Lu}', true],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true],
    '[:xdigit:]': ['A-Fa-f0-9', false],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
// escape all regexp magic characters
const regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// everything has already been escaped, we just have to join
const rangesToString = (ranges) => ranges.join('');
// takes a glob string at a posix brace expression, and returns
// an equivalent regular expression source, and boolean indicating
// whether the /u flag needs to be applied, and the number of chars
// consumed to parse the character class.
// This also removes out of order ranges, and returns ($.) if the
// entire class just no good.
const parseClass = (glob, position) => {
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let uflag = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = glob.charAt(i);
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return ['$.', false, glob.length - pos, true];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    uflag = uflag || u;
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (c > rangeStart) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(c));
            }
            else if (c === rangeStart) {
                ranges.push(braceEscape(c));
            }
            rangeStart = '';
            i++;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + 1)) {
            ranges.push(braceEscape(c + '-'));
            i += 2;
            continue;
        }
        if (glob.startsWith('-', i + 1)) {
            rangeStart = c;
            i += 2;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(c));
        i++;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return ['', false, 0, false];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return ['$.', false, glob.length - pos, true];
    }
    // if we got one positive range, and it's a single character, then that's
    // not actually a magic pattern, it's just that one literal character.
    // we should not treat that as "magic", we should just return the literal
    // character. [_] is a perfectly valid way to escape glob magic chars.
    if (negs.length === 0 &&
        ranges.length === 1 &&
        /^\\?.$/.test(ranges[0]) &&
        !negate) {
        const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
        return [regexpEscape(r), false, endPos - pos, false];
    }
    const sranges = '[' + (negate ? '^' : '') + rangesToString(ranges) + ']';
    const snegs = '[' + (negate ? '' : '^') + rangesToString(negs) + ']';
    const comb = ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
        : ranges.length ? sranges
            : snegs;
    return [comb, uflag, endPos - pos, true];
};
//# sourceMappingURL=brace-expressions.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/ast.js
// parse a single path portion
var _a;


const types = new Set(['!', '?', '+', '*', '@']);
const isExtglobType = (c) => types.has(c);
const isExtglobAST = (c) => isExtglobType(c.type);
// Map of which extglob types can adopt the children of a nested extglob
//
// anything but ! can adopt a matching type:
// +(a|+(b|c)|d) => +(a|b|c|d)
// *(a|*(b|c)|d) => *(a|b|c|d)
// @(a|@(b|c)|d) => @(a|b|c|d)
// ?(a|?(b|c)|d) => ?(a|b|c|d)
//
// * can adopt anything, because 0 or repetition is allowed
// *(a|?(b|c)|d) => *(a|b|c|d)
// *(a|+(b|c)|d) => *(a|b|c|d)
// *(a|@(b|c)|d) => *(a|b|c|d)
//
// + can adopt @, because 1 or repetition is allowed
// +(a|@(b|c)|d) => +(a|b|c|d)
//
// + and @ CANNOT adopt *, because 0 would be allowed
// +(a|*(b|c)|d) => would match "", on *(b|c)
// @(a|*(b|c)|d) => would match "", on *(b|c)
//
// + and @ CANNOT adopt ?, because 0 would be allowed
// +(a|?(b|c)|d) => would match "", on ?(b|c)
// @(a|?(b|c)|d) => would match "", on ?(b|c)
//
// ? can adopt @, because 0 or 1 is allowed
// ?(a|@(b|c)|d) => ?(a|b|c|d)
//
// ? and @ CANNOT adopt * or +, because >1 would be allowed
// ?(a|*(b|c)|d) => would match bbb on *(b|c)
// @(a|*(b|c)|d) => would match bbb on *(b|c)
// ?(a|+(b|c)|d) => would match bbb on +(b|c)
// @(a|+(b|c)|d) => would match bbb on +(b|c)
//
// ! CANNOT adopt ! (nothing else can either)
// !(a|!(b|c)|d) => !(a|b|c|d) would fail to match on b (not not b|c)
//
// ! can adopt @
// !(a|@(b|c)|d) => !(a|b|c|d)
//
// ! CANNOT adopt *
// !(a|*(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt +
// !(a|+(b|c)|d) => !(a|b|c|d) would match on bbb, not allowed
//
// ! CANNOT adopt ?
// x!(a|?(b|c)|d) => x!(a|b|c|d) would fail to match "x"
const adoptionMap = new Map([
    ['!', ['@']],
    ['?', ['?', '@']],
    ['@', ['@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@']],
]);
// nested extglobs that can be adopted in, but with the addition of
// a blank '' element.
const adoptionWithSpaceMap = new Map([
    ['!', ['?']],
    ['@', ['?']],
    ['+', ['?', '*']],
]);
// union of the previous two maps
const adoptionAnyMap = new Map([
    ['!', ['?', '@']],
    ['?', ['?', '@']],
    ['@', ['?', '@']],
    ['*', ['*', '+', '?', '@']],
    ['+', ['+', '@', '?', '*']],
]);
// Extglobs that can take over their parent if they are the only child
// the key is parent, value maps child to resulting extglob parent type
// '@' is omitted because it's a special case. An `@` extglob with a single
// member can always be usurped by that subpattern.
const usurpMap = new Map([
    ['!', new Map([['!', '@']])],
    [
        '?',
        new Map([
            ['*', '*'],
            ['+', '*'],
        ]),
    ],
    [
        '@',
        new Map([
            ['!', '!'],
            ['?', '?'],
            ['@', '@'],
            ['*', '*'],
            ['+', '+'],
        ]),
    ],
    [
        '+',
        new Map([
            ['?', '*'],
            ['*', '*'],
        ]),
    ],
]);
// Patterns that get prepended to bind to the start of either the
// entire string, or just a single path portion, to prevent dots
// and/or traversal patterns, when needed.
// Exts don't need the ^ or / bit, because the root binds that already.
const startNoTraversal = '(?!(?:^|/)\\.\\.?(?:$|/))';
const startNoDot = '(?!\\.)';
// characters that indicate a start of pattern needs the "no dots" bit,
// because a dot *might* be matched. ( is not in the list, because in
// the case of a child extglob, it will handle the prevention itself.
const addPatternStart = new Set(['[', '.']);
// cases where traversal is A-OK, no dot prevention needed
const justDots = new Set(['..', '.']);
const reSpecials = new Set('().*{}+?[]^$\\!');
const regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
// any single thing other than /
const qmark = '[^/]';
// * => any number of characters
const star = qmark + '*?';
// use + when we need to ensure that *something* matches, because the * is
// the only thing in the path portion.
const starNoEmpty = qmark + '+?';
// remove the \ chars that we added if we end up doing a nonmagic compare
// const deslash = (s: string) => s.replace(/\\(.)/g, '$1')
let ID = 0;
class AST {
    type;
    #root;
    #hasMagic;
    #uflag = false;
    #parts = [];
    #parent;
    #parentIndex;
    #negs;
    #filledNegs = false;
    #options;
    #toString;
    // set to true if it's an extglob with no children
    // (which really means one child of '')
    #emptyExt = false;
    id = ++ID;
    get depth() {
        return (this.#parent?.depth ?? -1) + 1;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return {
            '@@type': 'AST',
            id: this.id,
            type: this.type,
            root: this.#root.id,
            parent: this.#parent?.id,
            depth: this.depth,
            partsLength: this.#parts.length,
            parts: this.#parts,
        };
    }
    constructor(type, parent, options = {}) {
        this.type = type;
        // extglobs are inherently magical
        if (type)
            this.#hasMagic = true;
        this.#parent = parent;
        this.#root = this.#parent ? this.#parent.#root : this;
        this.#options = this.#root === this ? options : this.#root.#options;
        this.#negs = this.#root === this ? [] : this.#root.#negs;
        if (type === '!' && !this.#root.#filledNegs)
            this.#negs.push(this);
        this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
    }
    get hasMagic() {
        /* c8 ignore start */
        if (this.#hasMagic !== undefined)
            return this.#hasMagic;
        /* c8 ignore stop */
        for (const p of this.#parts) {
            if (typeof p === 'string')
                continue;
            if (p.type || p.hasMagic)
                return (this.#hasMagic = true);
        }
        // note: will be undefined until we generate the regexp src and find out
        return this.#hasMagic;
    }
    // reconstructs the pattern
    toString() {
        return (this.#toString !== undefined ? this.#toString
            : !this.type ?
                (this.#toString = this.#parts.map(p => String(p)).join(''))
                : (this.#toString =
                    this.type +
                        '(' +
                        this.#parts.map(p => String(p)).join('|') +
                        ')'));
    }
    #fillNegs() {
        /* c8 ignore start */
        if (this !== this.#root)
            throw new Error('should only call on root');
        if (this.#filledNegs)
            return this;
        /* c8 ignore stop */
        // call toString() once to fill this out
        this.toString();
        this.#filledNegs = true;
        let n;
        while ((n = this.#negs.pop())) {
            if (n.type !== '!')
                continue;
            // walk up the tree, appending everthing that comes AFTER parentIndex
            let p = n;
            let pp = p.#parent;
            while (pp) {
                for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
                    for (const part of n.#parts) {
                        /* c8 ignore start */
                        if (typeof part === 'string') {
                            throw new Error('string part in extglob AST??');
                        }
                        /* c8 ignore stop */
                        part.copyIn(pp.#parts[i]);
                    }
                }
                p = pp;
                pp = p.#parent;
            }
        }
        return this;
    }
    push(...parts) {
        for (const p of parts) {
            if (p === '')
                continue;
            /* c8 ignore start */
            if (typeof p !== 'string' &&
                !(p instanceof _a && p.#parent === this)) {
                throw new Error('invalid part: ' + p);
            }
            /* c8 ignore stop */
            this.#parts.push(p);
        }
    }
    toJSON() {
        const ret = this.type === null ?
            this.#parts
                .slice()
                .map(p => (typeof p === 'string' ? p : p.toJSON()))
            : [this.type, ...this.#parts.map(p => p.toJSON())];
        if (this.isStart() && !this.type)
            ret.unshift([]);
        if (this.isEnd() &&
            (this === this.#root ||
                (this.#root.#filledNegs && this.#parent?.type === '!'))) {
            ret.push({});
        }
        return ret;
    }
    isStart() {
        if (this.#root === this)
            return true;
        // if (this.type) return !!this.#parent?.isStart()
        if (!this.#parent?.isStart())
            return false;
        if (this.#parentIndex === 0)
            return true;
        // if everything AHEAD of this is a negation, then it's still the "start"
        const p = this.#parent;
        for (let i = 0; i < this.#parentIndex; i++) {
            const pp = p.#parts[i];
            if (!(pp instanceof _a && pp.type === '!')) {
                return false;
            }
        }
        return true;
    }
    isEnd() {
        if (this.#root === this)
            return true;
        if (this.#parent?.type === '!')
            return true;
        if (!this.#parent?.isEnd())
            return false;
        if (!this.type)
            return this.#parent?.isEnd();
        // if not root, it'll always have a parent
        /* c8 ignore start */
        const pl = this.#parent ? this.#parent.#parts.length : 0;
        /* c8 ignore stop */
        return this.#parentIndex === pl - 1;
    }
    copyIn(part) {
        if (typeof part === 'string')
            this.push(part);
        else
            this.push(part.clone(this));
    }
    clone(parent) {
        const c = new _a(this.type, parent);
        for (const p of this.#parts) {
            c.copyIn(p);
        }
        return c;
    }
    static #parseAST(str, ast, pos, opt, extDepth) {
        const maxDepth = opt.maxExtglobRecursion ?? 2;
        let escaping = false;
        let inBrace = false;
        let braceStart = -1;
        let braceNeg = false;
        if (ast.type === null) {
            // outside of a extglob, append until we find a start
            let i = pos;
            let acc = '';
            while (i < str.length) {
                const c = str.charAt(i++);
                // still accumulate escapes at this point, but we do ignore
                // starts that are escaped
                if (escaping || c === '\\') {
                    escaping = !escaping;
                    acc += c;
                    continue;
                }
                if (inBrace) {
                    if (i === braceStart + 1) {
                        if (c === '^' || c === '!') {
                            braceNeg = true;
                        }
                    }
                    else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                        inBrace = false;
                    }
                    acc += c;
                    continue;
                }
                else if (c === '[') {
                    inBrace = true;
                    braceStart = i;
                    braceNeg = false;
                    acc += c;
                    continue;
                }
                // we don't have to check for adoption here, because that's
                // done at the other recursion point.
                const doRecurse = !opt.noext &&
                    isExtglobType(c) &&
                    str.charAt(i) === '(' &&
                    extDepth <= maxDepth;
                if (doRecurse) {
                    ast.push(acc);
                    acc = '';
                    const ext = new _a(c, ast);
                    i = _a.#parseAST(str, ext, i, opt, extDepth + 1);
                    ast.push(ext);
                    continue;
                }
                acc += c;
            }
            ast.push(acc);
            return i;
        }
        // some kind of extglob, pos is at the (
        // find the next | or )
        let i = pos + 1;
        let part = new _a(null, ast);
        const parts = [];
        let acc = '';
        while (i < str.length) {
            const c = str.charAt(i++);
            // still accumulate escapes at this point, but we do ignore
            // starts that are escaped
            if (escaping || c === '\\') {
                escaping = !escaping;
                acc += c;
                continue;
            }
            if (inBrace) {
                if (i === braceStart + 1) {
                    if (c === '^' || c === '!') {
                        braceNeg = true;
                    }
                }
                else if (c === ']' && !(i === braceStart + 2 && braceNeg)) {
                    inBrace = false;
                }
                acc += c;
                continue;
            }
            else if (c === '[') {
                inBrace = true;
                braceStart = i;
                braceNeg = false;
                acc += c;
                continue;
            }
            const doRecurse = !opt.noext &&
                isExtglobType(c) &&
                str.charAt(i) === '(' &&
                /* c8 ignore start - the maxDepth is sufficient here */
                (extDepth <= maxDepth || (ast && ast.#canAdoptType(c)));
            /* c8 ignore stop */
            if (doRecurse) {
                const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
                part.push(acc);
                acc = '';
                const ext = new _a(c, part);
                part.push(ext);
                i = _a.#parseAST(str, ext, i, opt, extDepth + depthAdd);
                continue;
            }
            if (c === '|') {
                part.push(acc);
                acc = '';
                parts.push(part);
                part = new _a(null, ast);
                continue;
            }
            if (c === ')') {
                if (acc === '' && ast.#parts.length === 0) {
                    ast.#emptyExt = true;
                }
                part.push(acc);
                acc = '';
                ast.push(...parts, part);
                return i;
            }
            acc += c;
        }
        // unfinished extglob
        // if we got here, it was a malformed extglob! not an extglob, but
        // maybe something else in there.
        ast.type = null;
        ast.#hasMagic = undefined;
        ast.#parts = [str.substring(pos - 1)];
        return i;
    }
    #canAdoptWithSpace(child) {
        return this.#canAdopt(child, adoptionWithSpaceMap);
    }
    #canAdopt(child, map = adoptionMap) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canAdoptType(gc.type, map);
    }
    #canAdoptType(c, map = adoptionAnyMap) {
        return !!map.get(this.type)?.includes(c);
    }
    #adoptWithSpace(child, index) {
        const gc = child.#parts[0];
        const blank = new _a(null, gc, this.options);
        blank.#parts.push('');
        gc.push(blank);
        this.#adopt(child, index);
    }
    #adopt(child, index) {
        const gc = child.#parts[0];
        this.#parts.splice(index, 1, ...gc.#parts);
        for (const p of gc.#parts) {
            if (typeof p === 'object')
                p.#parent = this;
        }
        this.#toString = undefined;
    }
    #canUsurpType(c) {
        const m = usurpMap.get(this.type);
        return !!m?.has(c);
    }
    #canUsurp(child) {
        if (!child ||
            typeof child !== 'object' ||
            child.type !== null ||
            child.#parts.length !== 1 ||
            this.type === null ||
            this.#parts.length !== 1) {
            return false;
        }
        const gc = child.#parts[0];
        if (!gc || typeof gc !== 'object' || gc.type === null) {
            return false;
        }
        return this.#canUsurpType(gc.type);
    }
    #usurp(child) {
        const m = usurpMap.get(this.type);
        const gc = child.#parts[0];
        const nt = m?.get(gc.type);
        /* c8 ignore start - impossible */
        if (!nt)
            return false;
        /* c8 ignore stop */
        this.#parts = gc.#parts;
        for (const p of this.#parts) {
            if (typeof p === 'object') {
                p.#parent = this;
            }
        }
        this.type = nt;
        this.#toString = undefined;
        this.#emptyExt = false;
    }
    static fromGlob(pattern, options = {}) {
        const ast = new _a(null, undefined, options);
        _a.#parseAST(pattern, ast, 0, options, 0);
        return ast;
    }
    // returns the regular expression if there's magic, or the unescaped
    // string if not.
    toMMPattern() {
        // should only be called on root
        /* c8 ignore start */
        if (this !== this.#root)
            return this.#root.toMMPattern();
        /* c8 ignore stop */
        const glob = this.toString();
        const [re, body, hasMagic, uflag] = this.toRegExpSource();
        // if we're in nocase mode, and not nocaseMagicOnly, then we do
        // still need a regular expression if we have to case-insensitively
        // match capital/lowercase characters.
        const anyMagic = hasMagic ||
            this.#hasMagic ||
            (this.#options.nocase &&
                !this.#options.nocaseMagicOnly &&
                glob.toUpperCase() !== glob.toLowerCase());
        if (!anyMagic) {
            return body;
        }
        const flags = (this.#options.nocase ? 'i' : '') + (uflag ? 'u' : '');
        return Object.assign(new RegExp(`^${re}$`, flags), {
            _src: re,
            _glob: glob,
        });
    }
    get options() {
        return this.#options;
    }
    // returns the string match, the regexp source, whether there's magic
    // in the regexp (so a regular expression is required) and whether or
    // not the uflag is needed for the regular expression (for posix classes)
    // TODO: instead of injecting the start/end at this point, just return
    // the BODY of the regexp, along with the start/end portions suitable
    // for binding the start/end in either a joined full-path makeRe context
    // (where we bind to (^|/), or a standalone matchPart context (where
    // we bind to ^, and not /).  Otherwise slashes get duped!
    //
    // In part-matching mode, the start is:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: ^(?!\.\.?$)
    // - if dots allowed or not possible: ^
    // - if dots possible and not allowed: ^(?!\.)
    // end is:
    // - if not isEnd(): nothing
    // - else: $
    //
    // In full-path matching mode, we put the slash at the START of the
    // pattern, so start is:
    // - if first pattern: same as part-matching mode
    // - if not isStart(): nothing
    // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
    // - if dots allowed or not possible: /
    // - if dots possible and not allowed: /(?!\.)
    // end is:
    // - if last pattern, same as part-matching mode
    // - else nothing
    //
    // Always put the (?:$|/) on negated tails, though, because that has to be
    // there to bind the end of the negated pattern portion, and it's easier to
    // just stick it in now rather than try to inject it later in the middle of
    // the pattern.
    //
    // We can just always return the same end, and leave it up to the caller
    // to know whether it's going to be used joined or in parts.
    // And, if the start is adjusted slightly, can do the same there:
    // - if not isStart: nothing
    // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
    // - if dots allowed or not possible: (?:/|^)
    // - if dots possible and not allowed: (?:/|^)(?!\.)
    //
    // But it's better to have a simpler binding without a conditional, for
    // performance, so probably better to return both start options.
    //
    // Then the caller just ignores the end if it's not the first pattern,
    // and the start always gets applied.
    //
    // But that's always going to be $ if it's the ending pattern, or nothing,
    // so the caller can just attach $ at the end of the pattern when building.
    //
    // So the todo is:
    // - better detect what kind of start is needed
    // - return both flavors of starting pattern
    // - attach $ at the end of the pattern when creating the actual RegExp
    //
    // Ah, but wait, no, that all only applies to the root when the first pattern
    // is not an extglob. If the first pattern IS an extglob, then we need all
    // that dot prevention biz to live in the extglob portions, because eg
    // +(*|.x*) can match .xy but not .yx.
    //
    // So, return the two flavors if it's #root and the first child is not an
    // AST, otherwise leave it to the child AST to handle it, and there,
    // use the (?:^|/) style of start binding.
    //
    // Even simplified further:
    // - Since the start for a join is eg /(?!\.) and the start for a part
    // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
    // or start or whatever) and prepend ^ or / at the Regexp construction.
    toRegExpSource(allowDot) {
        const dot = allowDot ?? !!this.#options.dot;
        if (this.#root === this) {
            this.#flatten();
            this.#fillNegs();
        }
        if (!isExtglobAST(this)) {
            const noEmpty = this.isStart() &&
                this.isEnd() &&
                !this.#parts.some(s => typeof s !== 'string');
            const src = this.#parts
                .map(p => {
                const [re, _, hasMagic, uflag] = typeof p === 'string' ?
                    _a.#parseGlob(p, this.#hasMagic, noEmpty)
                    : p.toRegExpSource(allowDot);
                this.#hasMagic = this.#hasMagic || hasMagic;
                this.#uflag = this.#uflag || uflag;
                return re;
            })
                .join('');
            let start = '';
            if (this.isStart()) {
                if (typeof this.#parts[0] === 'string') {
                    // this is the string that will match the start of the pattern,
                    // so we need to protect against dots and such.
                    // '.' and '..' cannot match unless the pattern is that exactly,
                    // even if it starts with . or dot:true is set.
                    const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
                    if (!dotTravAllowed) {
                        const aps = addPatternStart;
                        // check if we have a possibility of matching . or ..,
                        // and prevent that.
                        const needNoTrav = 
                        // dots are allowed, and the pattern starts with [ or .
                        (dot && aps.has(src.charAt(0))) ||
                            // the pattern starts with \., and then [ or .
                            (src.startsWith('\\.') && aps.has(src.charAt(2))) ||
                            // the pattern starts with \.\., and then [ or .
                            (src.startsWith('\\.\\.') && aps.has(src.charAt(4)));
                        // no need to prevent dots if it can't match a dot, or if a
                        // sub-pattern will be preventing it anyway.
                        const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
                        start =
                            needNoTrav ? startNoTraversal
                                : needNoDot ? startNoDot
                                    : '';
                    }
                }
            }
            // append the "end of path portion" pattern to negation tails
            let end = '';
            if (this.isEnd() &&
                this.#root.#filledNegs &&
                this.#parent?.type === '!') {
                end = '(?:$|\\/)';
            }
            const final = start + src + end;
            return [
                final,
                unescape_unescape(src),
                (this.#hasMagic = !!this.#hasMagic),
                this.#uflag,
            ];
        }
        // We need to calculate the body *twice* if it's a repeat pattern
        // at the start, once in nodot mode, then again in dot mode, so a
        // pattern like *(?) can match 'x.y'
        const repeated = this.type === '*' || this.type === '+';
        // some kind of extglob
        const start = this.type === '!' ? '(?:(?!(?:' : '(?:';
        let body = this.#partsToRegExp(dot);
        if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
            // invalid extglob, has to at least be *something* present, if it's
            // the entire path portion.
            const s = this.toString();
            const me = this;
            me.#parts = [s];
            me.type = null;
            me.#hasMagic = undefined;
            return [s, unescape_unescape(this.toString()), false, false];
        }
        let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ?
            ''
            : this.#partsToRegExp(true);
        if (bodyDotAllowed === body) {
            bodyDotAllowed = '';
        }
        if (bodyDotAllowed) {
            body = `(?:${body})(?:${bodyDotAllowed})*?`;
        }
        // an empty !() is exactly equivalent to a starNoEmpty
        let final = '';
        if (this.type === '!' && this.#emptyExt) {
            final = (this.isStart() && !dot ? startNoDot : '') + starNoEmpty;
        }
        else {
            const close = this.type === '!' ?
                // !() must match something,but !(x) can match ''
                '))' +
                    (this.isStart() && !dot && !allowDot ? startNoDot : '') +
                    star +
                    ')'
                : this.type === '@' ? ')'
                    : this.type === '?' ? ')?'
                        : this.type === '+' && bodyDotAllowed ? ')'
                            : this.type === '*' && bodyDotAllowed ? `)?`
                                : `)${this.type}`;
            final = start + body + close;
        }
        return [
            final,
            unescape_unescape(body),
            (this.#hasMagic = !!this.#hasMagic),
            this.#uflag,
        ];
    }
    #flatten() {
        if (!isExtglobAST(this)) {
            for (const p of this.#parts) {
                if (typeof p === 'object') {
                    p.#flatten();
                }
            }
        }
        else {
            // do up to 10 passes to flatten as much as possible
            let iterations = 0;
            let done = false;
            do {
                done = true;
                for (let i = 0; i < this.#parts.length; i++) {
                    const c = this.#parts[i];
                    if (typeof c === 'object') {
                        c.#flatten();
                        if (this.#canAdopt(c)) {
                            done = false;
                            this.#adopt(c, i);
                        }
                        else if (this.#canAdoptWithSpace(c)) {
                            done = false;
                            this.#adoptWithSpace(c, i);
                        }
                        else if (this.#canUsurp(c)) {
                            done = false;
                            this.#usurp(c);
                        }
                    }
                }
            } while (!done && ++iterations < 10);
        }
        this.#toString = undefined;
    }
    #partsToRegExp(dot) {
        return this.#parts
            .map(p => {
            // extglob ASTs should only contain parent ASTs
            /* c8 ignore start */
            if (typeof p === 'string') {
                throw new Error('string type in extglob ast??');
            }
            /* c8 ignore stop */
            // can ignore hasMagic, because extglobs are already always magic
            const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
            this.#uflag = this.#uflag || uflag;
            return re;
        })
            .filter(p => !(this.isStart() && this.isEnd()) || !!p)
            .join('|');
    }
    static #parseGlob(glob, hasMagic, noEmpty = false) {
        let escaping = false;
        let re = '';
        let uflag = false;
        // multiple stars that aren't globstars coalesce into one *
        let inStar = false;
        for (let i = 0; i < glob.length; i++) {
            const c = glob.charAt(i);
            if (escaping) {
                escaping = false;
                re += (reSpecials.has(c) ? '\\' : '') + c;
                continue;
            }
            if (c === '*') {
                if (inStar)
                    continue;
                inStar = true;
                re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
                hasMagic = true;
                continue;
            }
            else {
                inStar = false;
            }
            if (c === '\\') {
                if (i === glob.length - 1) {
                    re += '\\\\';
                }
                else {
                    escaping = true;
                }
                continue;
            }
            if (c === '[') {
                const [src, needUflag, consumed, magic] = parseClass(glob, i);
                if (consumed) {
                    re += src;
                    uflag = uflag || needUflag;
                    i += consumed - 1;
                    hasMagic = hasMagic || magic;
                    continue;
                }
            }
            if (c === '?') {
                re += qmark;
                hasMagic = true;
                continue;
            }
            re += regExpEscape(c);
        }
        return [re, unescape_unescape(glob), !!hasMagic, uflag];
    }
}
_a = AST;
//# sourceMappingURL=ast.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&');
    }
    return windowsPathsNoEscape ?
        s.replace(/[?*()[\]]/g, '[$&]')
        : s.replace(/[?*()[\]\\]/g, '\\$&');
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const minimatch = (p, pattern, options = {}) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return new Minimatch(pattern, options).match(p);
};
// Optimized checking for the most common glob patterns.
const starDotExtRE = /^\*+([^+@!?*[(]*)$/;
const starDotExtTest = (ext) => (f) => !f.startsWith('.') && f.endsWith(ext);
const starDotExtTestDot = (ext) => (f) => f.endsWith(ext);
const starDotExtTestNocase = (ext) => {
    ext = ext.toLowerCase();
    return (f) => !f.startsWith('.') && f.toLowerCase().endsWith(ext);
};
const starDotExtTestNocaseDot = (ext) => {
    ext = ext.toLowerCase();
    return (f) => f.toLowerCase().endsWith(ext);
};
const starDotStarRE = /^\*+\.\*+$/;
const starDotStarTest = (f) => !f.startsWith('.') && f.includes('.');
const starDotStarTestDot = (f) => f !== '.' && f !== '..' && f.includes('.');
const dotStarRE = /^\.\*+$/;
const dotStarTest = (f) => f !== '.' && f !== '..' && f.startsWith('.');
const starRE = /^\*+$/;
const starTest = (f) => f.length !== 0 && !f.startsWith('.');
const starTestDot = (f) => f.length !== 0 && f !== '.' && f !== '..';
const qmarksRE = /^\?+([^+@!?*[(]*)?$/;
const qmarksTestNocase = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestNocaseDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    if (!ext)
        return noext;
    ext = ext.toLowerCase();
    return (f) => noext(f) && f.toLowerCase().endsWith(ext);
};
const qmarksTestDot = ([$0, ext = '']) => {
    const noext = qmarksTestNoExtDot([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTest = ([$0, ext = '']) => {
    const noext = qmarksTestNoExt([$0]);
    return !ext ? noext : (f) => noext(f) && f.endsWith(ext);
};
const qmarksTestNoExt = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && !f.startsWith('.');
};
const qmarksTestNoExtDot = ([$0]) => {
    const len = $0.length;
    return (f) => f.length === len && f !== '.' && f !== '..';
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    (typeof process.env === 'object' &&
        process.env &&
        process.env.__MINIMATCH_TESTING_PLATFORM__) ||
        process.platform
    : 'posix');
const esm_path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? esm_path.win32.sep : esm_path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
// any single thing other than /
// don't need to escape / when using new RegExp()
const esm_qmark = '[^/]';
// * => any number of characters
const esm_star = esm_qmark + '*?';
// ** when dots are allowed.  Anything goes, except .. and .
// not (^ or / followed by one or two dots followed by $ or /),
// followed by anything, any number of times.
const twoStarDot = '(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?';
// not a ^ or / followed by a dot,
// followed by anything, any number of times.
const twoStarNoDot = '(?:(?!(?:\\/|^)\\.).)*?';
const filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        AST: class AST extends orig.AST {
            /* c8 ignore start */
            constructor(type, parent, options = {}) {
                super(type, parent, ext(def, options));
            }
            /* c8 ignore stop */
            static fromGlob(pattern, options = {}) {
                return orig.AST.fromGlob(pattern, ext(def, options));
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// parse a component of the expanded set.
// At this point, no pattern may contain "/" in it
// so we're going to return a 2d array, where each entry is the full
// pattern, split on '/', and then turned into a regular expression.
// A regexp is made at the end which joins each array with an
// escaped /, and another full one which joins each regexp with |.
//
// Following the lead of Bash 4.1, note that "**" only has special meaning
// when it is the *only* thing in a path portion.  Otherwise, any series
// of * is equivalent to a single *.  Globstar behavior is enabled by
// default, and can be disabled by setting options.noglobstar.
const makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
// replace stuff like \* with *
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
const esm_regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    regexp;
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        // avoid the annoying deprecation flag lol
        const awe = ('allowWindow' + 'sEscape');
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[awe] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.regexp = null;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        // make the set of regexps etc.
        this.make();
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    debug(..._) { }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.braceExpand())];
        if (options.debug) {
            //oxlint-disable-next-line no-console
            this.debug = (...args) => console.error(...args);
        }
        this.debug(this.pattern, this.globSet);
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be regexps, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        this.debug(this.pattern, this.globParts);
        // glob --> regexps
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path.
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    !globMagic.test(s[3]);
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, 4),
                        ...s.slice(4).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [s[0], ...s.slice(1).map(ss => this.parse(ss))];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        this.debug(this.pattern, set);
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    typeof p[3] === 'string' &&
                    /^[a-z]:$/i.test(p[3])) {
                    p[2] = '?';
                }
            }
        }
        this.debug(this.pattern, this.set);
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (prev && prev !== '..' && prev !== '.' && prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    levelTwoFileOptimize(parts) {
        if (!Array.isArray(parts)) {
            parts = this.slashSplit(parts);
        }
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            let dd = 0;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p &&
                    p !== '.' &&
                    p !== '..' &&
                    p !== '**' &&
                    !(this.isWindows && /^[a-z]:$/i.test(p))) {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd -= 2;
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                let dd = 0;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd -= 2;
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
    //
    // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
    // ^-- not valid because ** doens't follow symlinks
    secondPhasePreProcess(globParts) {
        for (let i = 0; i < globParts.length - 1; i++) {
            for (let j = i + 1; j < globParts.length; j++) {
                const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
                if (matched) {
                    globParts[i] = [];
                    globParts[j] = matched;
                    break;
                }
            }
        }
        return globParts.filter(gs => gs.length);
    }
    partsMatch(a, b, emptyGSMatch = false) {
        let ai = 0;
        let bi = 0;
        let result = [];
        let which = '';
        while (ai < a.length && bi < b.length) {
            if (a[ai] === b[bi]) {
                result.push(which === 'b' ? b[bi] : a[ai]);
                ai++;
                bi++;
            }
            else if (emptyGSMatch && a[ai] === '**' && b[bi] === a[ai + 1]) {
                result.push(a[ai]);
                ai++;
            }
            else if (emptyGSMatch && b[bi] === '**' && a[ai] === b[bi + 1]) {
                result.push(b[bi]);
                bi++;
            }
            else if (a[ai] === '*' &&
                b[bi] &&
                (this.options.dot || !b[bi].startsWith('.')) &&
                b[bi] !== '**') {
                if (which === 'b')
                    return false;
                which = 'a';
                result.push(a[ai]);
                ai++;
                bi++;
            }
            else if (b[bi] === '*' &&
                a[ai] &&
                (this.options.dot || !a[ai].startsWith('.')) &&
                a[ai] !== '**') {
                if (which === 'a')
                    return false;
                which = 'b';
                result.push(b[bi]);
                ai++;
                bi++;
            }
            else {
                return false;
            }
        }
        // if we fall out of the loop, it means they two are identical
        // as long as their lengths match
        return a.length === b.length && result;
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // set partial to true to test if, for example,
    // "/a/b" matches the start of "/*/b/*/d"
    // Partial means, if you run out of file before you run
    // out of pattern, then that's fine, as long as all
    // the parts match.
    matchOne(file, pattern, partial = false) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa
        // Drive letters in absolute drive or unc paths are always compared
        // case-insensitively.
        if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // start matching at the drive letter index of each
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    pattern[pdi] = fd;
                    patternStartIndex = pdi;
                    fileStartIndex = fdi;
                }
            }
        }
        // resolve and reduce . and .. portions in the file as well.
        // don't need to do the second phase, because it's only one string[]
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            file = this.levelTwoFileOptimize(file);
        }
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        // split the pattern into head, tail, and middle of ** delimited parts
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        // split the pattern up into globstar-delimited sections
        // the tail has to be at the end, and the others just have
        // to be found in order from the head.
        const [head, body, tail] = partial ?
            [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1),
                [],
            ]
            : [
                pattern.slice(patternIndex, firstgs),
                pattern.slice(firstgs + 1, lastgs),
                pattern.slice(lastgs + 1),
            ];
        // check the head, from the current file/pattern index.
        if (head.length) {
            const fileHead = file.slice(fileIndex, fileIndex + head.length);
            if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        // split the body up into sections, and note the minimum index it can
        // be found at (start with the length of all previous segments)
        // [section, before, after]
        const bodySegments = [[[], 0]];
        let currentBody = bodySegments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                currentBody = [[], 0];
                bodySegments.push(currentBody);
            }
            else {
                currentBody[0].push(b);
                nonGsParts++;
            }
        }
        let i = bodySegments.length - 1;
        const fileLength = file.length - fileTailMatch;
        for (const b of bodySegments) {
            b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
        }
        return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, last possible position for it
    bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // just make sure that there's no bad dots
            for (let i = fileIndex; i < file.length; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test
        const [body, after] = bs;
        while (fileIndex <= after) {
            const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
                if (sub !== false) {
                    return sub;
                }
            }
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = file.length,
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            this.debug('matchOne loop');
            let p = pattern[pi];
            let f = file[fi];
            this.debug(pattern, p, f);
            // should be impossible.
            // some invalid regexp stuff in the set.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into regexps.
            let hit;
            if (typeof p === 'string') {
                hit = f === p;
                this.debug('string match', p, f, hit);
            }
            else {
                hit = p.test(f);
                this.debug('pattern match', p, f, hit);
            }
            if (!hit)
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though "" matches against the
        // [^/]*? pattern, except in partial mode, where it might
        // simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        // far and away, the most common glob pattern parts are
        // *, *.*, and *.<ext>  Add a fast check method for those.
        let m;
        let fastTest = null;
        if ((m = pattern.match(starRE))) {
            fastTest = options.dot ? starTestDot : starTest;
        }
        else if ((m = pattern.match(starDotExtRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    starDotExtTestNocaseDot
                    : starDotExtTestNocase
                : options.dot ? starDotExtTestDot
                    : starDotExtTest)(m[1]);
        }
        else if ((m = pattern.match(qmarksRE))) {
            fastTest = (options.nocase ?
                options.dot ?
                    qmarksTestNocaseDot
                    : qmarksTestNocase
                : options.dot ? qmarksTestDot
                    : qmarksTest)(m);
        }
        else if ((m = pattern.match(starDotStarRE))) {
            fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
        }
        else if ((m = pattern.match(dotStarRE))) {
            fastTest = dotStarTest;
        }
        const re = AST.fromGlob(pattern, this.options).toMMPattern();
        if (fastTest && typeof re === 'object') {
            // Avoids overriding in frozen environments
            Reflect.defineProperty(re, 'test', { value: fastTest });
        }
        return re;
    }
    makeRe() {
        if (this.regexp || this.regexp === false)
            return this.regexp;
        // at this point, this.set is a 2d array of partial
        // pattern strings, or "**".
        //
        // It's better to use .match().  This function shouldn't
        // be used, really, but it's pretty convenient sometimes,
        // when you just want to work with a regex.
        const set = this.set;
        if (!set.length) {
            this.regexp = false;
            return this.regexp;
        }
        const options = this.options;
        const twoStar = options.noglobstar ? esm_star
            : options.dot ? twoStarDot
                : twoStarNoDot;
        const flags = new Set(options.nocase ? ['i'] : []);
        // regexpify non-globstar patterns
        // if ** is only item, then we just do one twoStar
        // if ** is first, and there are more, prepend (\/|twoStar\/)? to next
        // if ** is last, append (\/twoStar|) to previous
        // if ** is in the middle, append (\/|\/twoStar\/) to previous
        // then filter out GLOBSTAR symbols
        let re = set
            .map(pattern => {
            const pp = pattern.map(p => {
                if (p instanceof RegExp) {
                    for (const f of p.flags.split(''))
                        flags.add(f);
                }
                return (typeof p === 'string' ? esm_regExpEscape(p)
                    : p === GLOBSTAR ? GLOBSTAR
                        : p._src);
            });
            pp.forEach((p, i) => {
                const next = pp[i + 1];
                const prev = pp[i - 1];
                if (p !== GLOBSTAR || prev === GLOBSTAR) {
                    return;
                }
                if (prev === undefined) {
                    if (next !== undefined && next !== GLOBSTAR) {
                        pp[i + 1] = '(?:\\/|' + twoStar + '\\/)?' + next;
                    }
                    else {
                        pp[i] = twoStar;
                    }
                }
                else if (next === undefined) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + ')?';
                }
                else if (next !== GLOBSTAR) {
                    pp[i - 1] = prev + '(?:\\/|\\/' + twoStar + '\\/)' + next;
                    pp[i + 1] = GLOBSTAR;
                }
            });
            const filtered = pp.filter(p => p !== GLOBSTAR);
            // For partial matches, we need to make the pattern match
            // any prefix of the full path. We do this by generating
            // alternative patterns that match progressively longer prefixes.
            if (this.partial && filtered.length >= 1) {
                const prefixes = [];
                for (let i = 1; i <= filtered.length; i++) {
                    prefixes.push(filtered.slice(0, i).join('/'));
                }
                return '(?:' + prefixes.join('|') + ')';
            }
            return filtered.join('/');
        })
            .join('|');
        // need to wrap in parens if we had more than one thing with |,
        // otherwise only the first will be anchored to ^ and the last to $
        const [open, close] = set.length > 1 ? ['(?:', ')'] : ['', ''];
        // must match entire pattern
        // ending in a * or ** will make it less strict.
        re = '^' + open + re + close + '$';
        // In partial mode, '/' should always match as it's a valid prefix for any pattern
        if (this.partial) {
            re = '^(?:\\/|' + open + re.slice(1, -1) + close + ')$';
        }
        // can match anything, as long as it's not this.
        if (this.negate)
            re = '^(?!' + re + ').+$';
        try {
            this.regexp = new RegExp(re, [...flags].join(''));
            /* c8 ignore start */
        }
        catch {
            // should be impossible
            this.regexp = false;
        }
        /* c8 ignore stop */
        return this.regexp;
    }
    slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        this.debug('match', f, this.pattern);
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // windows: need to use /, not \
        if (this.isWindows) {
            f = f.split('\\').join('/');
        }
        // treat the test path as a set of pathparts.
        const ff = this.slashSplit(f);
        this.debug(this.pattern, 'split', ff);
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        this.debug(this.pattern, 'set', set);
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (const pattern of set) {
            let file = ff;
            if (options.matchBase && pattern.length === 1) {
                file = [filename];
            }
            const hit = this.matchOne(file, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */



/* c8 ignore stop */
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/core/file-patterns.ts
// The `files` patterns with the semantics of `@actions/glob` (which the action used before),
// matched with minimatch, which does not log: absolute patterns anchored at the workspace, `~`
// for the home folder, `!` excludes (they apply to every include), a trailing separator matching
// directories only, and a matched directory standing for every file below it.


/** What a pattern says about a path (bit flags, as in @actions/glob). */
const Match = { None: 0, Directory: 1, File: 2, All: 3 };
function flavourOf(pathApi) {
    return { path: pathApi, windows: pathApi.sep === '\\' };
}
/** Escapes glob characters in a literal path (the workspace, the home folder). */
function globEscape(literal, windows) {
    return (windows ? literal : literal.replace(/\\/g, '\\\\'))
        .replace(/(\[)(?=[^/\\]+\])/g, '[[]')
        .replace(/\?/g, '[?]')
        .replace(/\*/g, '[*]');
}
/** The literal text of a pattern segment, or '' when it holds a glob character. */
function literalOf(segment, windows) {
    let literal = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && !windows && i + 1 < segment.length) {
            literal += segment[++i];
        }
        else if (c === '*' || c === '?') {
            return '';
        }
        else if (c === '[' && i + 1 < segment.length) {
            const close = segment.indexOf(']', i + 1);
            const set = close > 0 ? segment.slice(i + 1, close).replace(windows ? /$^/ : /\\(.)/g, '$1') : '';
            if (close > 0 && set.length > 1)
                return '';
            if (close > 0 && set.length === 1) {
                literal += set;
                i = close;
            }
            else
                literal += c;
        }
        else
            literal += c;
    }
    return literal;
}
/** One compiled pattern line (or its implicit `/**` companion). */
class GlobPattern {
    /** The folder below which matches can be (the literal part before the first glob segment). */
    searchPath;
    segments;
    directoriesOnly;
    implicit;
    root;
    nativeRoot;
    matcher;
    /** Matches a path whose every descendant this pattern matches (the part before a final `**`). */
    parentMatcher;
    constructor(absolutePattern, flavour, implicit = false) {
        const { path: p, windows } = flavour;
        const normalized = p.normalize(absolutePattern);
        const root = p.parse(normalized).root;
        this.directoriesOnly = (windows ? /[\\/]$/ : /\/$/).test(absolutePattern) && normalized.length > root.length;
        this.segments = normalized
            .slice(root.length)
            .split(windows ? /[\\/]+/ : /\/+/)
            .filter(Boolean);
        this.implicit = implicit;
        this.root = toSlash(root, windows);
        this.nativeRoot = root;
        const literals = [];
        for (const segment of this.segments) {
            const literal = literalOf(segment, windows);
            if (!literal)
                break;
            literals.push(literal);
        }
        this.searchPath = p.join(root, ...literals);
        const options = {
            dot: true,
            nobrace: true,
            nocase: windows,
            nocomment: true,
            noext: true,
            nonegate: true,
            windowsPathsNoEscape: windows
        };
        this.matcher = new Minimatch(this.root + this.segments.join('/'), options);
        if (this.segments.at(-1) === '**' && this.segments.length > 1 && !this.directoriesOnly)
            this.parentMatcher = new Minimatch(this.root + this.segments.slice(0, -1).join('/'), options);
    }
    /** The same pattern with `/**` appended: it matches everything below what this one matches. */
    withDescendants(flavour) {
        if (this.segments.at(-1) === '**' && !this.directoriesOnly)
            return undefined;
        return new GlobPattern(flavour.path.join(this.nativeRoot, ...this.segments, '**'), flavour, true);
    }
    /** What this pattern says about `item` (an absolute path with `/` separators). */
    match(item) {
        // As in @actions/glob, `dir/**` also matches `dir` itself (minimatch only matches `dir/`).
        const subject = this.segments.at(-1) === '**' && !this.implicit && !item.endsWith('/') ? `${item}/` : trimSlash(item, this.root);
        if (!this.matcher.match(subject))
            return Match.None;
        return this.directoriesOnly ? Match.Directory : Match.All;
    }
    /** Whether something below `item` could match. */
    couldMatchBelow(item) {
        const subject = trimSlash(item, this.root);
        if (subject === this.root || `${subject}/` === this.root)
            return true;
        return this.matcher.match(subject, true);
    }
    /** Whether this pattern matches every path below `item` (so an exclude can skip the folder). */
    coversAllBelow(item) {
        return this.parentMatcher?.match(trimSlash(item, this.root)) ?? false;
    }
}
function toSlash(p, windows) {
    return windows ? p.replace(/\\/g, '/') : p;
}
function trimSlash(item, root) {
    return item.length > root.length && item.endsWith('/') ? item.slice(0, -1) : item;
}
/** Every line of `files`, compiled once; answers for any path what the whole list says. */
class PatternSet {
    includes;
    excludes;
    flavour;
    constructor(lines, workspace, homedir, pathApi = external_node_path_namespaceObject) {
        this.flavour = flavourOf(pathApi);
        const compile = (line) => {
            const pattern = new GlobPattern(absolutePattern(line, workspace, homedir, pathApi), this.flavour);
            const descendants = pattern.withDescendants(this.flavour);
            return { source: line, patterns: descendants ? [pattern, descendants] : [pattern] };
        };
        const negated = (line) => line.startsWith('!');
        this.includes = lines.filter((l) => !negated(l)).map(compile);
        this.excludes = lines.filter(negated).map((l) => compile(l.slice(1).trim()));
    }
    /** The folders to walk: each include's search path, without those below another one. */
    searchRoots() {
        const { path: p, windows } = this.flavour;
        const key = (s) => (windows ? s.toUpperCase() : s);
        const all = new Map();
        for (const line of this.includes)
            for (const pattern of line.patterns)
                all.set(key(pattern.searchPath), pattern.searchPath);
        const roots = [];
        for (const [k, searchPath] of all) {
            let below = false;
            for (let dir = p.dirname(k), prev = k; dir !== prev; prev = dir, dir = p.dirname(dir))
                if (all.has(dir))
                    below = true;
            if (!below)
                roots.push(searchPath);
        }
        return roots;
    }
    /** Whether an include pattern names `item` in its fixed part (e.g. `.github` in `.github/*.yml`). */
    names(item) {
        const { path: p, windows } = this.flavour;
        const key = (s) => (windows ? s.toUpperCase() : s);
        const folder = key(item);
        return this.includes.some((line) => line.patterns.some((pattern) => {
            const searchPath = key(pattern.searchPath);
            return searchPath === folder || searchPath.startsWith(folder.endsWith(p.sep) ? folder : folder + p.sep);
        }));
    }
    /** The path with `/` separators, as the patterns see it. */
    subject(item) {
        return toSlash(item, this.flavour.windows);
    }
    /** Includes OR-ed, then every exclude taken away (excludes apply to all includes). */
    match(subject) {
        return this.evaluate(subject, false).kind;
    }
    /**
     * What the whole list says about `subject`, and (with `hits`) the indices of the include lines
     * that select it as a file. Without `hits` the includes stop at the first full match.
     */
    evaluate(subject, hits) {
        let kind = 0;
        const lines = [];
        for (const [index, line] of this.includes.entries()) {
            for (const pattern of line.patterns) {
                const found = pattern.match(subject);
                kind |= found;
                if (found & Match.File) {
                    lines.push(index);
                    break;
                }
            }
            if (!hits && kind === Match.All)
                break;
        }
        if (kind === 0)
            return { kind, hits: lines };
        for (const line of this.excludes)
            for (const pattern of line.patterns)
                kind &= ~pattern.match(subject);
        return { kind, hits: kind & Match.File ? lines : [] };
    }
    couldMatchBelow(subject) {
        return this.includes.some((line) => line.patterns.some((pattern) => pattern.couldMatchBelow(subject)));
    }
    /** Whether an exclude takes away everything at and below `subject`: no need to look there. */
    excludesAllBelow(subject) {
        return this.excludes.some((line) => line.patterns.some((pattern) => pattern.coversAllBelow(subject)));
    }
}
/** A pattern line made absolute: relative to the workspace, `~` the home folder. */
function absolutePattern(line, workspace, homedir, pathApi = external_node_path_namespaceObject) {
    const windows = pathApi.sep === '\\';
    if (line === '~' || line.startsWith('~/') || (windows && line.startsWith('~\\')))
        return globEscape(homedir, windows) + line.slice(1);
    if (windows && /^[\\/](?![\\/])/.test(line))
        return pathApi.parse(workspace).root + line.slice(1);
    if (pathApi.isAbsolute(line))
        return line;
    return pathApi.join(globEscape(workspace, windows), line);
}
/** Makes a pattern absolute against the workspace, keeping a leading `!` and `~`. */
function anchorPattern(pattern, workspace, pathModule = path) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1).trim() : pattern;
    const anchored = body === '~' || /^~[\\/]/.test(body) ? body : absolutePattern(body, workspace, '', pathModule);
    return negated ? `!${anchored}` : anchored;
}

// EXTERNAL MODULE: ./src/core/log-text.ts
var log_text = __nccwpck_require__(9357);
;// CONCATENATED MODULE: ./src/core/local-files.ts
// The files of a delivery as this tool sees them: what each is, their names and sizes, and the
// error for a file or folder that cannot be used.

/** A file or folder that cannot be used as it is; the message says which and what to do. */
class FileSelectionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FileSelectionError';
    }
}
/** The path of `file` relative to `workspace`, with `/` separators on every platform. */
function relativePosix(workspace, file, pathModule = external_node_path_namespaceObject) {
    return pathModule.relative(workspace, file).split(pathModule.sep).join('/');
}
/**
 * Throws when two files would reach the recipient under the same name. Names are compared as
 * recipients see them: Unicode-normalised (NFC, so `é` typed on macOS and on Linux is one
 * name) and without regard to case, as on Windows and macOS. The name sent stays the original.
 */
function assertUniqueNames(files) {
    const byName = new Map();
    for (const file of files) {
        const key = nameKey(file.name);
        const other = byName.get(key);
        if (other) {
            throw new FileSelectionError(`Two files would be delivered under the same name "${file.name}": "${other.relativePath}" and "${file.relativePath}". ` +
                'Cryptshare needs unique file names in a transfer: narrow the "files" patterns, add a "!" exclude, or rename one of them.');
        }
        byName.set(key, file);
    }
}
/** A file name as recipients compare names: NFC-normalised, without regard to case. */
function nameKey(name) {
    return name.normalize('NFC').toLowerCase();
}
/** The bytes of all files together. */
function totalSize(files) {
    return files.reduce((sum, f) => sum + f.size, 0);
}
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** 1536 → "1.5 KiB". */
function humanSize(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${UNITS[unit]}`;
}

;// CONCATENATED MODULE: ./src/core/file-checks.ts
// The checks of selected files and folders, before anything is sent: readable, printable names,
// inside the workspace; and the messages that say which path and what to do.




/** A path for messages: relative to the workspace when inside it, control characters escaped. */
function showPath(workspace, item) {
    return (0,log_text/* escapeControls */.UN)(isInside(workspace, item) ? relativePosix(workspace, item) : item);
}
function isInside(workspace, item) {
    const relative = external_node_path_namespaceObject.relative(workspace, item);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_namespaceObject.isAbsolute(relative));
}
function errorCode(error) {
    return error?.code;
}
const REASONS = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'too many levels of symbolic links: a link that leads back to itself',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'the name is too long'
};
function accessError(shown, error, what = 'path') {
    const code = errorCode(error);
    const reason = code ? `${code}: ${REASONS[code] ?? error.message}` : String(error);
    const fix = code === 'ELOOP'
        ? 'Fix or remove the link'
        : code === 'EACCES' || code === 'EPERM'
            ? 'Give read access to the user this tool runs as'
            : 'Check it';
    return new FileSelectionError(`Cannot read the ${what} "${shown}" (${(0,log_text/* escapeControls */.UN)(reason)}). ${fix}, or exclude it with a "!" pattern in "files".`);
}
/** File names reach the recipients and the log: control and bidi characters are refused. */
function assertPrintableName(file) {
    if ((0,log_text/* hasControlCharacters */.Kg)(file.relativePath)) {
        throw new FileSelectionError(`File name "${(0,log_text/* escapeControls */.UN)(file.relativePath)}" contains control characters or bidirectional overrides ` +
            '(shown escaped); rename it or exclude it with a "!" pattern in "files".');
    }
}
/** Opens and closes the file, so that an unreadable file fails before anything is created. */
async function assertReadable(file, fileSystem) {
    try {
        await (await fileSystem.open(file.absolutePath, 'r')).close();
    }
    catch (error) {
        throw accessError((0,log_text/* escapeControls */.UN)(file.relativePath), error, 'file');
    }
}
/** File system calls at once: they wait on the disk, not the CPU. */
const FILE_SYSTEM_WIDTH = 16;
/** A warning for each file whose real location is outside the workspace (links, `../`, absolute patterns). */
async function outsideWorkspace(files, workspace, fileSystem) {
    const realWorkspace = await fileSystem.realpath(workspace).catch(() => external_node_path_namespaceObject.resolve(workspace));
    const reals = await inParallel(files, FILE_SYSTEM_WIDTH, (file) => fileSystem.realpath(file.absolutePath));
    return files.flatMap((file, index) => isInside(realWorkspace, reals[index])
        ? []
        : [
            `"${(0,log_text/* escapeControls */.UN)(file.relativePath)}" lies outside the workspace: it is ${(0,log_text/* escapeControls */.UN)(reals[index])}. It is delivered; exclude it with a "!" pattern if that was not meant.`
        ]);
}

;// CONCATENATED MODULE: ./src/core/file-walk.ts
// Finds the files the `files` patterns select: one walk of the tree, every pattern at once.







/**
 * Resolves newline-separated glob patterns relative to `workspace` in one walk of the tree
 * (each search root once, however many patterns). `!pattern` excludes; directories that match
 * contribute the files below them; symbolic links are followed. Throws `FileSelectionError`
 * for a name with control characters and for a file or folder that cannot be read.
 */
async function findFiles(patterns, workspace, options = {}) {
    const set = new PatternSet(patterns, workspace, options.homedir ?? external_node_os_namespaceObject.homedir());
    const walker = new Walker(set, workspace, options.fs ?? external_node_fs_namespaceObject.promises, options.includeHidden ?? false);
    for (const root of set.searchRoots())
        await walker.walkRoot(root);
    const files = [...walker.found.values()].sort((a, b) => a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0);
    for (const file of files)
        assertPrintableName(file);
    await inParallel(files, FILE_SYSTEM_WIDTH, (file) => assertReadable(file, options.fs ?? external_node_fs_namespaceObject.promises));
    const warnings = [...walker.warnings.sort(), ...(await outsideWorkspace(files, workspace, options.fs ?? external_node_fs_namespaceObject.promises))];
    const unmatchedPatterns = set.includes.filter((_, index) => !walker.hit.has(index)).map((line) => line.source);
    return { files, unmatchedPatterns, warnings, hidden: walker.hidden.sort() };
}
/** Walks the search roots, matching every path against all patterns at once. */
class Walker {
    set;
    workspace;
    fs;
    includeHidden;
    found = new Map();
    warnings = [];
    hidden = [];
    /** Include lines that selected a file so far; once all have, matching can stop early. */
    hit = new Set();
    unhit;
    constructor(set, workspace, fs, includeHidden) {
        this.set = set;
        this.workspace = workspace;
        this.fs = fs;
        this.includeHidden = includeHidden;
        this.unhit = set.includes.length;
    }
    async walkRoot(root) {
        try {
            await this.fs.lstat(root);
        }
        catch (error) {
            if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR')
                return;
            throw accessError(this.show(root), error);
        }
        // Hidden means: a name starting with `.` below the workspace (below the search root for a
        // pattern outside the workspace), so a workspace inside a hidden folder is no problem.
        const base = isInside(this.workspace, root) ? this.workspace : root;
        const hidden = external_node_path_namespaceObject.relative(base, root)
            .split(external_node_path_namespaceObject.sep)
            .some((segment) => segment.startsWith('.'));
        await this.visit(root, [], hidden);
    }
    /** `ancestors`: the real paths of the folders above, to notice a link back to one of them. */
    async visit(item, ancestors, hidden) {
        const subject = this.set.subject(item);
        if (this.set.excludesAllBelow(subject))
            return;
        const { kind: match, hits } = this.set.evaluate(subject, this.unhit > 0);
        if (!match && !this.set.couldMatchBelow(subject))
            return;
        if (hidden && !this.includeHidden) {
            // Reported when it matched or a pattern named it; hidden folders are not searched for matches.
            if (match || this.set.names(item))
                this.hidden.push(relativePosix(this.workspace, item));
            return;
        }
        let stats;
        try {
            stats = await this.fs.stat(item);
        }
        catch (error) {
            const code = errorCode(error);
            if (code === 'ENOENT' && (await this.exists(item))) {
                if (match & Match.File)
                    this.warnings.push(`Skipped "${this.show(item)}": it is a broken symbolic link.`);
                return;
            }
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return; // gone while we looked
            throw accessError(this.show(item), error);
        }
        if (stats.isDirectory()) {
            const real = await this.realpath(item);
            if (ancestors.includes(real)) {
                this.warnings.push(`Skipped "${this.show(item)}": it links back to the folder "${this.show(real)}" above it (a directory cycle).`);
                return;
            }
            let names;
            try {
                names = await this.fs.readdir(item);
            }
            catch (error) {
                throw accessError(this.show(item), error, 'folder');
            }
            const below = [...ancestors, real];
            for (const name of names)
                await this.visit(external_node_path_namespaceObject.join(item, name), below, name.startsWith('.'));
        }
        else if (match & Match.File) {
            if (!stats.isFile()) {
                this.warnings.push(`Skipped "${this.show(item)}": it is not a regular file.`);
                return;
            }
            this.found.set(item, {
                absolutePath: item,
                relativePath: relativePosix(this.workspace, item),
                name: external_node_path_namespaceObject.basename(item),
                size: stats.size
            });
            for (const index of hits) {
                if (!this.hit.has(index))
                    this.unhit--;
                this.hit.add(index);
            }
        }
    }
    async exists(item) {
        try {
            await this.fs.lstat(item);
            return true;
        }
        catch {
            return false;
        }
    }
    async realpath(item) {
        try {
            return await this.fs.realpath(item);
        }
        catch (error) {
            throw accessError(this.show(item), error, 'folder');
        }
    }
    show(item) {
        return showPath(this.workspace, item);
    }
}

;// CONCATENATED MODULE: ./src/core/own-files.ts
// Keeps the files this tool writes (a result file with the password) out of a delivery.




/**
 * Splits off the selected files that are files this tool writes (compared by resolved real path,
 * so a link or `..` does not hide one): a previous run's result file holds its password and
 * download URLs, and must never be delivered by the next run.
 */
async function withoutOwnFiles(files, own, fileSystem = external_node_fs_namespaceObject.promises) {
    const existing = await Promise.all(own.map(async (o) => ({ real: await fileSystem.realpath(external_node_path_namespaceObject.resolve(o.path)).catch(() => undefined), by: o.by })));
    const byReal = new Map(existing.flatMap((o) => (o.real ? [[o.real, o.by]] : [])));
    if (byReal.size === 0)
        return { files, excluded: [] };
    const reals = await inParallel(files, FILE_SYSTEM_WIDTH, (file) => fileSystem.realpath(file.absolutePath).catch(() => file.absolutePath));
    const excluded = files.flatMap((file, index) => {
        const by = byReal.get(reals[index]);
        return by ? [{ file, by }] : [];
    });
    if (excluded.length === 0)
        return { files, excluded };
    const left = new Set(excluded.map((e) => e.file));
    return { files: files.filter((f) => !left.has(f)), excluded };
}

;// CONCATENATED MODULE: ./src/core/files.ts





;// CONCATENATED MODULE: ./src/cryptshare/readers.ts
// Typed views of the server's answers, read once at the edge: every field is checked (see
// shape.ts); a field of the wrong shape is left out with a warning naming it, an absent field is
// simply absent, unknown fields are ignored. Nothing here decides what a missing field means:
// the caller does (e.g. a status without a state).

const IGNORE = () => undefined;
/**
 * Reads a TransferStatus; `warn` hears about each field of the wrong shape (once), or `read`, a
 * reader shared by a command's reads of the same answer (once per command, not once per poll).
 */
function readers_readTransferStatus(raw, warn = IGNORE) {
    const read = warn instanceof AnswerReader ? warn : shape_answer('transfer status', warn);
    const outer = read.record(raw, '(answer)') ?? {};
    const transfer = read.record(outer.transfer, 'transfer');
    const status = read.record(outer.status, 'status');
    const state = read.text(status?.state, 'status.state');
    const stateUnreadable = (status === undefined && present(outer.status)) || (state === undefined && present(status?.state));
    return {
        state: state?.toUpperCase(),
        stateUnreadable,
        warnings: read.bool(status?.warnings, 'status.warnings'),
        recipients: read.records(status?.recipients, 'status.recipients').map((r) => recipientStatus(r, read)),
        statusFiles: read.records(status?.files, 'status.files').map((f) => ({
            id: read.text(f.id, 'status.files[].id'),
            removed: read.bool(f.removed, 'status.files[].removed'),
            removalCause: read.text(f.removalCause, 'status.files[].removalCause')
        })),
        files: shape_sessionFiles(transfer?.files, read, 'transfer.files'),
        fileChecksumAlgorithm: read.text(transfer?.fileChecksumAlgorithm, 'transfer.fileChecksumAlgorithm'),
        expirationDate: read.text(transfer?.expirationDate, 'transfer.expirationDate'),
        confidentialMessageFileId: read.text(transfer?.confidentialMessageFileId, 'transfer.confidentialMessageFileId'),
        password: securityMode(transfer?.securityMode, read, 'transfer.securityMode').password
    };
}
/**
 * The state of a TransferStatus for a caller that cannot go on without it: upper-cased, or an
 * `AnswerShapeError` naming the missing or odd field and `consequence`.
 */
function readers_requiredTransferState(raw, read, consequence) {
    const outer = read.record(raw, '(answer)') ?? {};
    const status = read.must('record', outer.status, 'status', consequence);
    return read.must('text', status.state, 'status.state', consequence).toUpperCase();
}
/**
 * The state of a TransferStatus, upper-cased, or undefined while the answer does not name one; a
 * state of the wrong shape is an `AnswerShapeError` with `consequence` (it names a state that
 * cannot be read).
 */
function reportedTransferState(raw, read, consequence) {
    const outer = read.record(raw, '(answer)') ?? {};
    const status = read.must('record', outer.status, 'status', consequence, true);
    return read.must('text', status?.state, 'status.state', consequence, true)?.toUpperCase();
}
/** Reads one entry of the transfer list; an entry that is no object reads as an empty entry. */
function readTransferListEntry(raw, warn = IGNORE) {
    const read = shape_answer('transfer list', warn);
    const entry = read.record(raw, '[]') ?? {};
    const trackingId = read.text(entry.trackingId, '[].trackingId');
    return {
        trackingId: trackingId || undefined,
        state: read.text(entry.state, '[].state')?.toUpperCase(),
        href: read.text(entry.href, '[].href'),
        recipients: addresses(entry.recipients)
    };
}
function readTransferSession(raw, warn = IGNORE) {
    const read = answer('transfer session', warn);
    const session = read.record(raw, '(answer)') ?? {};
    return {
        files: sessionFiles(session.files, read),
        expirationDate: read.text(session.expirationDate, 'expirationDate'),
        confidentialMessageFileId: read.text(session.confidentialMessageFileId, 'confidentialMessageFileId'),
        fileChecksumAlgorithm: read.text(session.fileChecksumAlgorithm, 'fileChecksumAlgorithm'),
        securityMode: securityMode(session.securityMode, read, 'securityMode')
    };
}
function readVerificationStatus(raw, warn = IGNORE) {
    const read = answer('verification status', warn);
    const status = read.record(raw, '(answer)') ?? {};
    const methods = status.verificationMethods;
    if (!Array.isArray(methods) && present(methods))
        read.ignore('verificationMethods', methods, 'a list');
    return {
        verified: read.bool(status.verified, 'verified'),
        validUntil: read.text(status.validUntil, 'validUntil'),
        verificationMethods: Array.isArray(methods) ? read.texts(methods, 'verificationMethods').map(methodName) : undefined
    };
}
function readTransferPolicy(raw, warn = IGNORE) {
    const read = shape_answer('transfer policy', warn);
    const policy = read.record(raw, '(answer)') ?? {};
    const settings = read.record(policy.settings, 'settings') ?? {};
    const num = (name) => read.num(settings[name], `settings.${name}`);
    const bool = (name) => read.bool(settings[name], `settings.${name}`);
    return {
        allowed: read.bool(policy.allowed, 'allowed'),
        failedRecipients: read.records(policy.failedRecipients, 'failedRecipients').map((f) => ({
            emailAddress: read.text(f.emailAddress, 'failedRecipients[].emailAddress'),
            reason: read.text(f.reason, 'failedRecipients[].reason')
        })),
        settings: {
            maxRetentionPeriod: num('maxRetentionPeriod'),
            maxTotalSize: num('maxTotalSize'),
            showFileNamesDefault: bool('showFileNamesDefault'),
            showFileNamesChangeable: bool('showFileNamesChangeable'),
            sendDownloadNotificationsDefault: bool('sendDownloadNotificationsDefault'),
            sendDownloadNotificationsChangeable: bool('sendDownloadNotificationsChangeable'),
            recipientNotificationEditable: bool('recipientNotificationEditable'),
            confidentialMessageAllowed: bool('confidentialMessageAllowed'),
            confidentialMessageRequired: bool('confidentialMessageRequired'),
            securityModes: securityModes(settings.securityModes, read)
        }
    };
}
function securityModes(value, read) {
    const field = 'settings.securityModes[].config.allowedPasswordModes';
    return read.records(value, 'settings.securityModes').map((mode) => {
        const raw = read.record(mode.config, 'settings.securityModes[].config')?.allowedPasswordModes;
        const allowed = read.texts(raw, field);
        // A list none of whose entries can be read says nothing: the modes are then unknown.
        const known = Array.isArray(raw) && (allowed.length > 0 || raw.length === 0);
        return {
            name: read.text(mode.name, 'settings.securityModes[].name'),
            config: { allowedPasswordModes: known ? allowed : undefined }
        };
    });
}
function recipientStatus(recipient, read) {
    const field = 'status.recipients[]';
    return {
        id: read.text(recipient.id, `${field}.id`),
        mail: read.text(recipient.mail, `${field}.mail`),
        downloadUrl: read.text(recipient.downloadUrl, `${field}.downloadUrl`) || undefined,
        notificationFailed: read.bool(recipient.notificationFailed, `${field}.notificationFailed`),
        fileDownloads: read.records(recipient.fileDownloads, `${field}.fileDownloads`).map((entry) => ({
            id: read.text(entry.id, `${field}.fileDownloads[].id`),
            downloads: read.records(entry.downloads, `${field}.fileDownloads[].downloads`).map((d) => ({
                downloadDate: read.text(d.downloadDate, 'downloads[].downloadDate'),
                retrievalMethod: read.text(d.retrievalMethod, 'downloads[].retrievalMethod')
            }))
        }))
    };
}
function securityMode(value, read, field) {
    const mode = read.record(value, field);
    const config = read.record(mode?.config, `${field}.config`);
    return {
        name: read.text(mode?.name, `${field}.name`),
        passwordMode: read.text(config?.passwordMode, `${field}.config.passwordMode`),
        password: read.text(config?.password, `${field}.config.password`) || undefined
    };
}
/** Addresses of a list of `{mail}` objects or plain strings; undefined unless every entry names one. */
function addresses(value) {
    if (!Array.isArray(value))
        return undefined;
    const mails = [];
    for (const item of value) {
        const mail = typeof item === 'string' ? item : record(item)?.mail;
        if (typeof mail !== 'string' || !mail)
            return undefined;
        mails.push(mail);
    }
    return mails;
}
/** `clientId`/`client_id`/`CLIENT_ID` → `CLIENT_ID`, `email` → `EMAIL`; other names upper-cased. */
function methodName(name) {
    const plain = name.replace(/[_\s-]/g, '').toUpperCase();
    if (plain === 'CLIENTID')
        return 'CLIENT_ID';
    return plain === 'EMAIL' ? 'EMAIL' : name.toUpperCase();
}
function present(value) {
    return value !== undefined && value !== null;
}

;// CONCATENATED MODULE: ./src/core/policy.ts




/**
 * Reads the transfer policy answer. `allowed` decides everything, so without a boolean there it is
 * a protocol error; any other field of the wrong shape is left out with a warning (the server
 * enforces its policy anyway when the session is created and filled).
 */
function readPolicy(raw, warn) {
    // Said before anything else is read: without it there is nothing to decide.
    const allowed = shape_answer('transfer policy', warn, 'transfer policy check').must('bool', raw.allowed, 'allowed', 'there is nothing to decide on whether this sender may send to these recipients. Check that "server-url" points at a Cryptshare server, or ask its administrator.');
    const { failedRecipients, settings } = readTransferPolicy(raw, warn);
    return { allowed, failedRecipients, settings };
}
/**
 * Checks the request against the server's transfer policy before anything is created.
 * Returns the problems found, each a sentence a user can act on (empty when all is well).
 */
function policyProblems(policy, request, naming = contract_NEUTRAL_NAMING) {
    if (!policy.allowed)
        return [blockedRecipients(policy, request)];
    const settings = policy.settings;
    const problems = [];
    const total = totalSize(request.files) + Buffer.byteLength(request.confidentialMessage ?? '') + (request.addedBytes ?? 0);
    if (typeof settings.maxTotalSize === 'number' && total > settings.maxTotalSize) {
        const limit = `${humanSize(settings.maxTotalSize)} (${settings.maxTotalSize} bytes)`;
        const tooBig = request.files.filter((f) => f.size > settings.maxTotalSize);
        problems.push(tooBig.length
            ? `${tooBig.map((f) => `"${f.relativePath}" alone is ${humanSize(f.size)} (${f.size} bytes)`).join('; ')}, above the server's limit of ${limit} per transfer (maxTotalSize). Split ${tooBig.length === 1 ? 'it' : 'each'} into parts below the limit (e.g. split -b or a multi-volume archive) and deliver them separately, or ask the server's administrator to raise the limit.`
            : `The files total ${humanSize(total)} (${total} bytes${request.addedBytes ? `, of which ${request.addedBytes} bytes of checksum lists this tool adds` : ''}), above the server's limit of ${limit} per transfer (maxTotalSize). Split the delivery into several below the limit, or ask the server's administrator to raise the limit.`);
    }
    if (request.expirationDays !== undefined &&
        typeof settings.maxRetentionPeriod === 'number' &&
        request.expirationDays > settings.maxRetentionPeriod) {
        problems.push(`${naming.option('expiration-days')} is ${request.expirationDays}, but the server keeps transfers at most ${settings.maxRetentionPeriod} days (maxRetentionPeriod). Use a value from 1 to ${settings.maxRetentionPeriod}.`);
    }
    const allowedModes = allowedPasswordModes(settings);
    if (allowedModes && !planPassword(request.passwordMode, allowedModes)) {
        problems.push(`${naming.setting('password-mode', request.passwordMode)} is not allowed by the server's policy (allowed password modes: ${allowedModes.join(', ') || 'none'}). ` +
            `Use ${suggestModes(allowedModes)}.`);
    }
    if (request.confidentialMessage && settings.confidentialMessageAllowed === false) {
        problems.push(`The server's policy does not allow a confidential message for this sender and these recipients: remove ${naming.name('confidential-message')}.`);
    }
    if (!request.confidentialMessage && settings.confidentialMessageRequired === true) {
        problems.push(`The server's policy requires a confidential message for this sender and these recipients: set ${naming.name('confidential-message')}.`);
    }
    if ((request.subject || request.message) && settings.recipientNotificationEditable === false) {
        problems.push(`The server's policy does not allow changing the recipients' notification text: remove ${naming.name('subject')} and ${naming.name('message')}.`);
    }
    if (mustSend(request.notifyDownloads, settings.sendDownloadNotificationsDefault) &&
        settings.sendDownloadNotificationsChangeable === false) {
        problems.push(`The server's policy fixes download notifications to ${String(settings.sendDownloadNotificationsDefault)}: remove ${naming.name('notify-downloads')}.`);
    }
    if (mustSend(request.showFileNames, settings.showFileNamesDefault) && settings.showFileNamesChangeable === false) {
        problems.push(`The server's policy fixes "show file names" to ${String(settings.showFileNamesDefault)}: remove ${naming.name('show-file-names')}.`);
    }
    return problems;
}
/** Whether a boolean setting has to be sent: it differs from the default, or the default is unknown. */
function mustSend(value, policyDefault) {
    return policyDefault === undefined || policyDefault !== value;
}
function blockedRecipients(policy, request) {
    const failed = policy.failedRecipients;
    if (failed.length === 0) {
        return `The server's transfer policy does not allow ${request.senderEmail} to send to these recipients. Ask the Cryptshare administrator which recipients are allowed.`;
    }
    const list = failed
        .map((f) => `${f.emailAddress ?? '(unknown address)'} (${f.reason ?? 'no reason given'})`)
        .join(', ');
    return `The server's transfer policy blocks ${failed.length === 1 ? 'this recipient' : 'these recipients'} for sender ${request.senderEmail}: ${list}. Remove ${failed.length === 1 ? 'it' : 'them'} from recipients/cc/bcc or ask the Cryptshare administrator.`;
}
/** The password modes of the ONE_TIME_PASSWORD security mode (the only one sessions support). */
function allowedPasswordModes(settings) {
    const modes = settings.securityModes;
    if (!Array.isArray(modes) || modes.length === 0)
        return undefined;
    const oneTime = modes.find((m) => normalise(m.name) === 'onetimepassword') ?? modes[0];
    return oneTime.config?.allowedPasswordModes?.map((m) => m.toUpperCase());
}
/**
 * Maps the user's mode onto the server's. `generated` always fetches a policy-compliant password
 * (`GET /api/password`) so that the password is known and can be published: it is sent as MANUAL,
 * or, where the policy allows only GENERATED, with GENERATED (as the reference Python client does;
 * the server may keep it or replace it, see delivery's publishedPassword).
 */
function planPassword(mode, allowed) {
    const ok = (m) => !allowed || allowed.includes(m);
    switch (mode) {
        case 'generated':
            if (ok('MANUAL'))
                return { mode: 'MANUAL', fetchGenerated: true };
            if (ok('GENERATED'))
                return { mode: 'GENERATED', fetchGenerated: true };
            return undefined;
        case 'manual':
            return ok('MANUAL') ? { mode: 'MANUAL', fetchGenerated: false } : undefined;
        case 'none':
            return ok('NONE') ? { mode: 'NONE', fetchGenerated: false } : undefined;
    }
}
function suggestModes(allowed) {
    const ours = [
        allowed.includes('MANUAL') || allowed.includes('GENERATED') ? '"generated"' : '',
        allowed.includes('MANUAL') ? '"manual"' : '',
        allowed.includes('NONE') ? '"none"' : ''
    ].filter(Boolean);
    return ours.length ? `password-mode ${ours.join(' or ')}` : 'a server whose policy allows a password mode';
}
/**
 * The password rules a password does not meet (`rulesNotFulfilled` of the password check), in
 * words ("at least 10 characters, a digit"), without the password. A rule name this tool does not
 * know is shown as it is, with its details. Entries of the wrong shape are skipped with a warning.
 */
function describeRules(rules, warn) {
    const read = shape_answer('password check', warn);
    const described = read.records(rules, 'rulesNotFulfilled').map((rule) => {
        const detailsRecord = read.record(rule.details, 'rulesNotFulfilled[].details') ?? {};
        const name = read.text(rule.name, 'rulesNotFulfilled[].name');
        const inWords = name ? ruleInWords(name, detailsRecord) : undefined;
        if (inWords)
            return inWords;
        const details = Object.entries(detailsRecord)
            .map(([k, v]) => `${k} ${detailValue(v)}`)
            .join(', ');
        return `${name ?? 'unnamed rule'}${details ? ` (${details})` : ''}`;
    });
    return described.length ? described.join(', ') : 'the server did not say which rules';
}
/** The rule names of the password helpers (cryptshare-api.md §3.7) in words. */
const RULES_IN_WORDS = {
    whitespacesDeclined: 'no spaces',
    alphabeticalSequenceDeclined: 'no alphabetical sequences (abc)',
    numericSequenceDeclined: 'no numeric sequences (123)',
    keyboardSequenceDeclined: 'no keyboard sequences (qwerty)',
    blacklistedCharactersDeclined: 'none of the characters the server forbids',
    repeatedCharactersDeclined: 'no repeated characters (aaa)',
    dictionaryWordsDeclined: 'no dictionary words',
    lettersRequired: 'a letter',
    specialCharactersRequired: 'a special character',
    upperCaseRequired: 'an upper-case letter',
    lowerCaseRequired: 'a lower-case letter',
    digitsRequired: 'a digit'
};
function ruleInWords(name, details) {
    const length = typeof details.length === 'number' ? details.length : undefined;
    if (name === 'minimumLengthRequired')
        return length === undefined ? 'a longer password' : `at least ${length} characters`;
    if (name === 'maximumLengthRequired')
        return length === undefined ? 'a shorter password' : `at most ${length} characters`;
    return Object.hasOwn(RULES_IN_WORDS, name) ? RULES_IN_WORDS[name] : undefined;
}
function detailValue(value) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
        return String(value);
    return JSON.stringify(value) ?? kindOf(value);
}
function normalise(value) {
    return (value ?? '').toLowerCase().replace(/[_\s-]/g, '');
}
/**
 * Whether `verificationMethods` (of the verification status) offers a method (`CLIENT_ID`,
 * `EMAIL`), compared without regard to case and `_` (CLIENT_ID, clientId). Undefined when that
 * cannot be told: no list, or entries that are not strings (skipped with a warning).
 */
function offersVerificationMethod(methods, method, warn) {
    const read = shape_answer('verification status', warn, 'verification');
    const names = read.texts(methods, 'verificationMethods');
    if (names.some((m) => normalise(m) === normalise(method)))
        return true;
    return Array.isArray(methods) && names.length === methods.length ? false : undefined;
}
function offersClientIdVerification(methods, warn) {
    return offersVerificationMethod(methods, 'CLIENT_ID', warn);
}

;// CONCATENATED MODULE: ./src/core/verification.ts






async function verifySender(client, options, events) {
    const sender = options.senderEmail;
    const naming = events.naming ?? contract_NEUTRAL_NAMING;
    const read = shape_answer('verification status', (message) => events.warning(message), 'verification');
    if (options.verificationToken) {
        const token = options.verificationToken;
        client.useToken(token);
        const status = await verificationStep(() => client.verificationStatus(sender), (e) => invalidToken(sender, naming, e));
        // Unreadable: the sender endpoints then refuse an invalid token with a clear 401 anyway.
        if (read.bool(status.verified, 'verified') === false)
            throw invalidToken(sender, naming);
        return token;
    }
    const refused = (e) => clientIdNotRegistered(sender, naming, e);
    const newToken = async (quiet, signal) => {
        const { token } = await verificationStep(() => quiet.requestToken(sender, { signal }), refused);
        events.secret(token);
        return token;
    };
    // The token is asked for beside the status (one round trip, not two); the status still decides
    // first, so a server that does not offer client-id verification is reported as such. The
    // token's retry notices show once the status came through (else both failed alike: one story).
    const beside = client.withHeldRetryNotices();
    const issued = newToken(beside.client);
    issued.catch(() => undefined); // awaited below, unless the status fails first
    const status = await verificationStep(() => client.verificationStatus(sender), refused);
    beside.release();
    if (offersClientIdVerification(status.verificationMethods, (message) => events.warning(message)) === false)
        throw clientIdNotRegistered(sender, naming);
    const token = await issued;
    client.useToken(token);
    // Another run for the same sender (a parallel job, a dry run, a status poller) may have made the
    // server drop this token, or it expired during a long wait: verify again and repeat the request.
    client.renewTokensWith({
        // Renewed for whichever client was refused: a clean-up's (no cancel signal) or the run's.
        renew: async (signal) => {
            const renewed = await newToken(client.withoutSignal(), signal);
            events.tokenRenewed?.(renewed);
            return renewed;
        },
        isValid: async (signal) => {
            const status = await client.withoutSignal().verificationStatus(sender, { signal });
            return read.bool(status.verified, 'verified') === true;
        },
        onRenew: ({ renewal, refusal }) => events.info(`The server refused the verification token (HTTP ${refusal.status}, errorCode 3002); verifying the sender again (renewal ${renewal}).`)
    });
    return token;
}
/**
 * A verification request; a refusal of the verification itself (errorCode 3002, or 401/403 other
 * than "not licensed" and "sender not allowed") is explained by `refused`.
 */
async function verificationStep(run, refused) {
    try {
        return await run();
    }
    catch (error) {
        throw isVerificationRefusal(error)
            ? refused(errors_labelledError('verification', error))
            : errors_labelledError('verification', error);
    }
}
/** The server refused the verification data: errorCode 3002, or a 401/403 other than "not licensed" (3001) and "sender not allowed" (3010). */
function isVerificationRefusal(error) {
    return (error instanceof errors/* CryptshareError */.eY &&
        error.kind === 'http' &&
        (error.errorCode === 3002 ||
            ((error.status === 401 || error.status === 403) && error.errorCode !== 3001 && error.errorCode !== 3010)));
}
/** ` (server: HTTP 403, errorCode 3002: …)` for a failed request, else nothing. */
function serverDetail(cause) {
    return cause instanceof errors_DeliveryError && cause.cause instanceof errors/* CryptshareError */.eY
        ? ` (server: ${(0,explain/* explainRequestFailure */.Z)(cause.cause)})`
        : '';
}
function clientIdNotRegistered(sender, naming, cause) {
    const server = serverDetail(cause);
    return new errors_DeliveryError('verification', `The server does not offer client-id verification for ${sender} with this client id${server}. ` +
        'A Cryptshare administrator must register the client id (Administration Interface, REST API client ids) and allow this sender, ' +
        `or pass ${naming.name('verification-token')} from an email verification.`, cause);
}
function invalidToken(sender, naming, cause) {
    return new errors_DeliveryError('verification', `The ${naming.name('verification-token')} is not valid for ${sender} with this client id (expired, revoked or for another sender)${serverDetail(cause)}. ` +
        'Obtain a new token, or leave it empty to use client-id verification.', cause);
}

;// CONCATENATED MODULE: ./src/core/checksum-files.ts
// Checksum files of what was delivered, in the format `sha256sum -c` / `sha512sum -c` read
// (GNU coreutils): one line per file, "<hex digest>  <name>", under the names the recipients
// see. Written beside the run (never in the delivered folder) and, when asked, added to the
// transfer itself. The digests come from the one read that hashes each file for its upload.





const CHECKSUM_FILE_NAMES = { sha256: 'SHA256SUMS', sha512: 'SHA512SUMS' };
const HEX_LENGTH = { sha256: 64, sha512: 128 };
/**
 * A name as coreutils writes it: a name holding a backslash, a line feed or a carriage return
 * has them escaped, and its line starts with a backslash.
 */
function escapedName(name) {
    if (!/[\\\n\r]/.test(name))
        return { prefix: '', name };
    return { prefix: '\\', name: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
/** The checksum file's text for these files (in their order). */
function checksumFileText(files, algorithm) {
    return files
        .map((file) => {
        const digest = file[algorithm];
        if (!digest)
            throw new Error(`no ${algorithm} digest of ${file.name}`);
        const { prefix, name } = escapedName(file.name);
        return `${prefix}${digest}  ${name}\n`;
    })
        .join('');
}
/** The size the checksum file will have, known before any file is hashed (for the policy's size limit). */
function checksumFileSize(files, algorithm) {
    return files.reduce((sum, file) => {
        const { prefix, name } = escapedName(file.name);
        return sum + prefix.length + HEX_LENGTH[algorithm] + 2 + Buffer.byteLength(name) + 1;
    }, 0);
}
/** Checksum files added to the transfer must not take the name of a delivered file (as the recipients compare names). */
function assertNoChecksumFileClash(files, algorithms, naming = contract_NEUTRAL_NAMING) {
    for (const algorithm of algorithms) {
        const name = CHECKSUM_FILE_NAMES[algorithm];
        const clash = files.find((file) => nameKey(file.name) === nameKey(name));
        if (clash)
            throw new option_values/* InputError */.dz(`"${clash.relativePath}" has the name of the checksum file ${name} that ${naming.name('include-checksums')} adds to the transfer: rename it, exclude it with a "!" pattern in ${naming.name('files')}, or set ${naming.setting('include-checksums', 'false')}. Nothing was sent.`);
    }
}
/** Writes the checksum files of `files` into `folder` (created if needed); returns their paths. */
async function writeChecksumFiles(folder, files, algorithms) {
    await external_node_fs_namespaceObject.promises.mkdir(folder, { recursive: true });
    const written = [];
    for (const algorithm of algorithms) {
        const file = external_node_path_namespaceObject.join(folder, CHECKSUM_FILE_NAMES[algorithm]);
        await external_node_fs_namespaceObject.promises.writeFile(file, checksumFileText(files, algorithm));
        written.push(file);
    }
    return written;
}
/** The files the recipients can download: the delivered ones less those the server removed. */
function keptFiles(result) {
    const removed = new Set(result.removedFiles.map((f) => f.name));
    return result.files.filter((file) => !removed.has(file.name));
}
/** The confidential message with the digest lists after the sender's own text. */
function messageWithChecksums(message, files, algorithms) {
    const lists = algorithms.map((algorithm) => `${CHECKSUM_FILE_NAMES[algorithm]}:\n${checksumFileText(files, algorithm)}`);
    return `${message ? `${message}\n\n` : ''}${lists.join('\n')}`;
}
/** The bytes `messageWithChecksums` will have, known before any file is hashed. */
function messageWithChecksumsSize(message, files, algorithms) {
    const lists = algorithms.map((algorithm) => Buffer.byteLength(`${CHECKSUM_FILE_NAMES[algorithm]}:\n`) + checksumFileSize(files, algorithm));
    return ((message ? Buffer.byteLength(`${message}\n\n`) : 0) +
        lists.reduce((sum, bytes) => sum + bytes, 0) +
        Math.max(0, algorithms.length - 1));
}
/** The bytes the checksum files add to the transfer (include-checksums). */
function includedChecksumBytes(files, algorithms) {
    return algorithms.reduce((sum, algorithm) => sum + checksumFileSize(files, algorithm), 0);
}
/**
 * Writes the checksum files of a delivery whose transfer exists (or may: finalize sent), for the
 * files the recipients can download; nothing for a dry run or a delivery that sent nothing.
 * Returns the paths written.
 */
async function writeDeliveredChecksums(folder, result, algorithms) {
    if (!result || result.dryRun || !result.trackingId || !algorithms.length)
        return [];
    return writeChecksumFiles(folder, keptFiles(result), algorithms);
}
/** The paths the checksum files get in `folder` (the front-end's own files: never delivered). */
function checksumFilePaths(folder) {
    return Object.values(CHECKSUM_FILE_NAMES).map((name) => external_node_path_namespaceObject.join(folder, name));
}

;// CONCATENATED MODULE: ./src/core/lifecycle/preflight.ts







/** Verifies the sender and checks everything the policy decides, before anything is created. */
async function preflight(client, options, events) {
    const sender = options.senderEmail;
    const allRecipients = [...options.recipients.to, ...options.recipients.cc, ...options.recipients.bcc];
    const token = await verifySender(client, options, events);
    const warn = (message) => events.warning(message);
    const policy = readPolicy(await labelled('transfer policy check', () => client.transferPolicy(sender, allRecipients)), warn);
    const naming = events.naming ?? contract_NEUTRAL_NAMING;
    const problems = policyProblems(policy, { ...options, addedBytes: addedBytes(options, policy.settings) }, naming);
    const settings = policy.settings;
    const password = planPassword(options.passwordMode, allowedPasswordModes(settings));
    if (problems.length || !password) {
        const why = problems.join(' ') ||
            `${naming.setting('password-mode', options.passwordMode)} is not allowed by the server's policy.`;
        throw new errors_DeliveryError('transfer policy check', why);
    }
    if (options.passwordMode === 'manual' && options.password) {
        const candidate = options.password;
        const validation = await labelled('password check', () => client.validatePassword(candidate));
        // Unreadable: the server still refuses a weak password when the session settings are applied.
        if (shape_answer('password check', warn).bool(validation.valid, 'valid') === false) {
            throw new errors_DeliveryError('password check', `The password of ${naming.name('password')} does not meet the server's password rules: ${describeRules(validation.rulesNotFulfilled, warn)}. Choose a password that does, or use ${naming.setting('password-mode', 'generated')}.`);
        }
    }
    events.info(`Sender ${sender} verified; the transfer policy allows ${allRecipients.length} recipient(s) and ${humanSize(totalSize(options.files))} in ${options.files.length} file(s).`);
    return { token, settings, password };
}
/** The bytes the checksum files and digest lists add to the transfer, counted against the size limit. */
function addedBytes({ checksumFiles: plan, files, confidentialMessage }, settings) {
    const lists = plan.include ? includedChecksumBytes(files, plan.algorithms) : 0;
    const inMessage = plan.inMessage && settings.confidentialMessageAllowed !== false
        ? messageWithChecksumsSize(confidentialMessage, files, plan.algorithms) -
            Buffer.byteLength(confidentialMessage ?? '')
        : 0;
    return lists + inMessage;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/prehash.ts

class Prehash {
    algorithms;
    pending = new Map();
    stopped = new AbortController();
    /** Starts the hashing of a file that has not started yet (all of them when stopping). */
    starts = [];
    constructor(files, algorithms, concurrency) {
        this.algorithms = algorithms;
        const queue = files.map((file) => {
            let start;
            const started = new Promise((resolve) => (start = resolve));
            const digests = started.then(() => fileDigests(file, algorithms, this.stopped.signal));
            digests.catch(() => undefined); // awaited, and its error reported, when the file is uploaded
            this.pending.set(file.absolutePath, digests);
            this.starts.push(start);
            return { start, digests };
        });
        let next = 0;
        const worker = async () => {
            while (next < queue.length && !this.stopped.signal.aborted) {
                const item = queue[next++];
                item.start();
                await item.digests.catch(() => undefined);
            }
        };
        for (let i = 0; i < Math.max(1, concurrency); i++)
            void worker();
    }
    /**
     * The file's digests in `algorithms`: from the hashing ahead (its failure is thrown here), the
     * rest read now; the stamp is the one taken before the first read.
     */
    async digests(file, algorithms) {
        await this.pending.get(file.absolutePath);
        return fileDigests(file, algorithms);
    }
    /** Stops the reads still running or waiting (the delivery is over). */
    stop() {
        this.stopped.abort();
        // Those not started yet end at once, aborted, so that nothing waits on them.
        for (const start of this.starts)
            start();
    }
}

;// CONCATENATED MODULE: ./src/core/transfer-report.ts









/** The checksum files include-checksums adds: this tool's own, so not counted as downloads to wait for. */
const OWN_FILE_NAMES = new Set(Object.values(CHECKSUM_FILE_NAMES));
/**
 * Reads the transfer's status; a 404 or a refused token is one clear error. With `timeoutMs`, a
 * read that outlasts it throws the client's `CallTimeLimitError` as is, for the caller to explain.
 */
async function readTransfer(client, sender, trackingId, step, options = {}) {
    const { timeoutMs, naming = NEUTRAL_NAMING } = options;
    try {
        return await client.transferStatus(client.transferUrl(sender, trackingId), { timeoutMs });
    }
    catch (error) {
        if (error instanceof CallTimeLimitError)
            throw error;
        throw transferReadError(error, { sender, trackingId, step, naming });
    }
}
function transferReadError(error, { sender, trackingId, step, naming }) {
    if (!(error instanceof CryptshareError) || error.kind !== 'http')
        return labelledError(step, error);
    const server = explainRequestFailure(error);
    if (error.status === 404) {
        return new DeliveryError(step, `Transfer ${trackingId} was not found for the sender ${sender} (${server}). Check ${naming.name('tracking-id')}, and that ${naming.name('sender-email')} is the address that sent it: only its sender can read or revoke a transfer.`, error);
    }
    if (error.errorCode === 3002 || error.status === 401) {
        return new DeliveryError(step, `The server does not let this verification token read transfer ${trackingId} (${server}): it lets only the token the transfer was created with read it, or that token expired. ` +
            `In the job that delivered it, pass the delivery's token as ${naming.name('verification-token')}: the action's "verification-token" output, or "verificationToken" in the CLI's --output-json file. A later job cannot read this transfer on such a server.`, error);
    }
    return labelledError(step, error);
}
function statusReader(events) {
    return shape_answer('transfer status', (message) => events.warning(message));
}
const NO_STATE = 'this tool cannot tell whether the transfer is still available. Check the transfer on the server, or run again later.';
/** The report of one status answer; an answer without the transfer's state is an error. */
function transferReport(trackingId, status, read) {
    const state = requiredTransferState(status, read, NO_STATE);
    const view = readTransferStatus(status, read);
    const algorithm = checksumAlgorithm(view.fileChecksumAlgorithm);
    const removed = new Set(view.statusFiles.filter((f) => f.removed === true).map((f) => f.id));
    const delivered = view.files
        .filter((f) => f.id !== undefined && !removed.has(f.id) && f.id !== view.confidentialMessageFileId)
        .filter((f) => !OWN_FILE_NAMES.has(f.fileName ?? ''))
        .sort((a, b) => (a.fileName ?? '').localeCompare(b.fileName ?? ''));
    const downloads = view.recipients.map((recipient) => {
        const byFile = new Map();
        for (const entry of recipient.fileDownloads) {
            const dates = entry.downloads.flatMap((d) => d.downloadDate ?? []);
            if (entry.id !== undefined)
                byFile.set(entry.id, [...(byFile.get(entry.id) ?? []), ...dates].sort(byDate));
        }
        return {
            recipient: recipient.mail ?? '(unknown recipient)',
            files: delivered.map((file) => ({
                name: file.fileName ?? file.id ?? '',
                downloads: byFile.get(file.id ?? '') ?? []
            }))
        };
    });
    return {
        trackingId,
        state,
        expirationDate: view.expirationDate,
        downloads,
        allDownloaded: delivered.length > 0 &&
            downloads.length > 0 &&
            downloads.every((r) => r.files.every((f) => f.downloads.length > 0)),
        files: delivered.map((file) => ({
            name: file.fileName ?? file.id ?? '',
            digest: digestOf(file.checksum, algorithm)
        }))
    };
}
/** A checksum the server holds as a digest record: `{ sha256: hex }`; empty when it cannot be read. */
function digestOf(checksum, algorithm) {
    return checksum && algorithm && /^[0-9a-f]+$/i.test(checksum) ? { [algorithm]: checksum.toLowerCase() } : {};
}
function byDate(a, b) {
    const [x, y] = [Date.parse(a), Date.parse(b)];
    return Number.isNaN(x) || Number.isNaN(y) ? a.localeCompare(b) : x - y;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/processing.ts







/**
 * The finalized transfer's result from its status (read once, or until it is no longer
 * PROCESSING). The transfer exists: a failure here still publishes what is known of it.
 */
async function readFinalized(session, statusUrl, resultSoFar, options, events, signal, clock) {
    const finalized = { ...resultSoFar, state: 'PROCESSING' };
    try {
        const read = statusReader(events);
        const status = await labelled('transfer status', () => options.waitForProcessing
            ? waitWhileProcessing(session, statusUrl, options.processingTimeoutMs, read, events, signal, clock)
            : session.transferStatus(statusUrl));
        return finalizedResult(status, finalized, options.recipients, read, events);
    }
    catch (error) {
        const failure = errors_labelledError('transfer status', error);
        throw new FinalizeSentError(failure.step, `Transfer ${session.trackingId} is finalized (its recipients are notified as configured), but ${failure.message}`, failure, causeOfType(error, AnswerShapeError) ? { ...finalized, state: undefined } : finalized);
    }
}
/** The least time a status poll is given, even when processing-timeout is (nearly) used up. */
const MIN_POLL_MS = 1000;
/** Reads the status until the transfer is no longer PROCESSING; past `timeoutMs` that is an error. */
async function waitWhileProcessing(session, statusUrl, timeoutMs, read, events, signal, clock) {
    const stillProcessing = () => new errors_DeliveryError('transfer status', `The transfer is finalized but still PROCESSING after ${Math.round(timeoutMs / 1000)} s (processing-timeout). It may still become available; raise "processing-timeout" or check the transfer on the server.`);
    const waited = await pollUntil(
    // A slow status answer must not outlast processing-timeout: each poll gets the time left (at least 1 s).
    (remainingMs) => session.transferStatus(statusUrl, { timeoutMs: Math.max(remainingMs, MIN_POLL_MS) }).catch((error) => {
        throw error instanceof request_CallTimeLimitError ? stillProcessing() : error;
    }), (status) => (reportedState(status, read) ?? 'PROCESSING') !== 'PROCESSING', {
        timeoutMs,
        // The first poll goes right after finalize's answer; a transfer still processing is asked
        // again soon (most finish within a second), then less and less often.
        firstDelayMs: 100,
        maxDelayMs: 5000,
        clock,
        signal,
        onWait: (_pauseMs, backoffMs) => events.debug(`Transfer still PROCESSING; next check in ${backoffMs} ms.`)
    });
    if (!waited.done)
        throw stillProcessing();
    return waited.value;
}
const UNKNOWN_STATE = 'this tool cannot tell what became of the finalized transfer. Check it on the server before re-running, or recipients may receive it twice.';
/** `status.state`, upper-cased; undefined while the server does not say (read as PROCESSING). */
function reportedState(status, read) {
    return reportedTransferState(status, read, UNKNOWN_STATE);
}
/** The delivery's result from the final transfer status. */
function finalizedResult(status, finalized, recipients, read, events) {
    const state = reportedState(status, read) ?? 'PROCESSING';
    const view = readers_readTransferStatus(status, read);
    const urls = downloadUrls(view, events);
    if (state === 'ACTIVE')
        warnMissingDownloadUrls(view, urls, recipients, events);
    return {
        ...finalized,
        state,
        downloadUrls: urls,
        expirationDate: view.expirationDate ?? finalized.expirationDate,
        removedFiles: removedFiles(view)
    };
}
function downloadUrls(view, events) {
    return view.recipients.flatMap(({ mail, downloadUrl }) => {
        if (!downloadUrl)
            return [];
        events.secret(downloadUrl);
        return [{ recipient: mail ?? '', url: downloadUrl }];
    });
}
/** An ACTIVE transfer should have a download URL for every recipient: name those without one. */
function warnMissingDownloadUrls(view, urls, recipients, events) {
    const listed = view.recipients.flatMap((r) => (r.mail ? [r.mail] : []));
    const served = new Set(urls.map((u) => u.recipient.toLowerCase()));
    const missing = new Map();
    for (const mail of [...recipients.to, ...recipients.cc, ...recipients.bcc, ...listed]) {
        if (!served.has(mail.toLowerCase()))
            missing.set(mail.toLowerCase(), mail);
    }
    if (missing.size === 0)
        return;
    events.warning(`The server reports no download URL for ${[...missing.values()].join(', ')} (password mode NONE polled with another verification token?); "download-urls" does not include ${missing.size === 1 ? 'it' : 'them'}.`);
}
function removedFiles(view) {
    const names = new Map(view.files.map((f) => [f.id, f.fileName]));
    return view.statusFiles
        .filter((f) => f.removed === true)
        .map((f) => ({
        name: (f.id !== undefined ? names.get(f.id) : undefined) ?? f.id ?? '(unknown file)',
        cause: f.removalCause || 'no cause given'
    }));
}

;// CONCATENATED MODULE: ./src/core/lifecycle/rerun-match.ts

/** An earlier attempt's transfer older than this is not taken for this delivery. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** The time zone of a tracking id's time stamp is not known: a day either side is allowed. */
const ZONE_SLACK_MS = 24 * 60 * 60 * 1000;
/** States of a transfer that recipients did not (or no longer) get: never taken as the delivery. */
function isUnavailable(state) {
    return typeof state === 'string' && (state.toUpperCase() === 'FAILED' || state.toUpperCase().startsWith('DELETED'));
}
/** What the list entry alone tells: age, state and recipients (as one set), when it has them. */
function matchListEntry(entry, wanted, now) {
    const age = recentEnough(entry, now);
    if (!age.matches)
        return age;
    if (isUnavailable(entry.state))
        return { matches: false, why: `its state is ${String(entry.state)}` };
    const recipients = mailSet(entry.recipients);
    if (recipients && !sameSet(recipients, allRecipients(wanted.recipients)))
        return { matches: false, why: 'other recipients' };
    return { matches: true };
}
/** Compares a transfer status (`GET …/transfers/{id}`) with what this delivery would send. */
async function matchTransfer(status, wanted, digestsOf, now) {
    const outer = rerun_match_record(status);
    const transfer = rerun_match_record(outer?.transfer);
    const state = rerun_match_record(outer?.status);
    if (!transfer)
        return { matches: false, why: 'the status has no transfer object' };
    if (isUnavailable(state?.state))
        return { matches: false, why: `its state is ${String(state?.state)}` };
    const age = recentEnough({ ...transfer, ...state }, now);
    if (!age.matches)
        return age;
    const recipients = sameRecipients(transfer.recipients, state?.recipients, wanted.recipients);
    if (!recipients.matches)
        return recipients;
    const algorithm = checksum_checksumAlgorithm(transfer.fileChecksumAlgorithm);
    if (!algorithm)
        return { matches: false, why: `unknown checksum algorithm ${String(transfer.fileChecksumAlgorithm)}` };
    if (!Array.isArray(transfer.files))
        return { matches: false, why: 'the status lists no files' };
    const messageId = typeof transfer.confidentialMessageFileId === 'string' ? transfer.confidentialMessageFileId : '';
    const entries = transfer.files.map(rerun_match_record);
    if (entries.some((f) => f === undefined))
        return { matches: false, why: 'a file entry is not an object' };
    let theirs = entries.filter((f) => !messageId || f.id !== messageId);
    if (wanted.confidentialMessage && !messageId)
        theirs = withoutMessageFile(theirs, wanted);
    if (theirs.length !== wanted.files.length)
        return { matches: false, why: `${theirs.length} file(s), not ${wanted.files.length}` };
    const digests = await digestsOf(algorithm);
    const unmatched = [...theirs];
    for (const file of wanted.files) {
        const index = unmatched.findIndex((f) => f.fileName === file.name &&
            toSize(f.size) === file.size &&
            typeof f.checksum === 'string' &&
            f.checksum.toLowerCase() === digests.get(file.name));
        if (index < 0)
            return { matches: false, why: `no file ${file.name} with the same size and checksum` };
        unmatched.splice(index, 1);
    }
    return { matches: true };
}
/** to/cc/bcc as sets where the transfer names them; else every recipient of the status as one set. */
function sameRecipients(transferRecipients, statusRecipients, wanted) {
    const roles = rerun_match_record(transferRecipients);
    if (roles && ['to', 'cc', 'bcc'].some((role) => Array.isArray(roles[role]))) {
        for (const role of ['to', 'cc', 'bcc']) {
            const theirs = roles[role] === undefined || roles[role] === null ? new Set() : mailSet(roles[role]);
            if (!theirs)
                return { matches: false, why: `its ${role} recipients are not a list of addresses` };
            if (!sameSet(theirs, lowerSet(wanted[role])))
                return { matches: false, why: `other ${role} recipients` };
        }
        return { matches: true };
    }
    const flat = mailSet(statusRecipients);
    if (!flat)
        return { matches: false, why: 'the status names no recipients' };
    return sameSet(flat, allRecipients(wanted)) ? { matches: true } : { matches: false, why: 'other recipients' };
}
/**
 * The API (1.8) gives a transfer no creation date. Where a server names one, a transfer older
 * than a day is not this delivery; where none is named, the tracking id's time stamp
 * (`YYYYMMDD-HHMMSS-…`, in a zone not known: a day either side) tells; where neither does, age
 * cannot be told and the transfer counts as recent.
 */
function recentEnough(fields, now) {
    for (const key of ['creationDate', 'createdAt', 'created', 'finalizationDate', 'finalizedAt']) {
        const value = fields[key];
        if (typeof value !== 'string' && typeof value !== 'number')
            continue;
        const at = new Date(value).getTime();
        if (Number.isNaN(at))
            continue;
        return now - at < MAX_AGE_MS
            ? { matches: true }
            : { matches: false, why: `it is older than a day (${key} ${value})`, older: true };
    }
    const stamped = trackingIdTime(fields.trackingId);
    if (stamped !== undefined && now - stamped >= MAX_AGE_MS + ZONE_SLACK_MS)
        return { matches: false, why: 'its tracking id dates it more than two days back', older: true };
    return { matches: true };
}
/** The time a tracking id `YYYYMMDD-HHMMSS-…` names, read as UTC; undefined for another shape. */
function trackingIdTime(trackingId) {
    const m = typeof trackingId === 'string' ? /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-/.exec(trackingId) : null;
    if (!m)
        return undefined;
    const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
    const at = Date.UTC(year, month - 1, day, hour, minute, second);
    const date = new Date(at);
    // 20241340-…: not a date
    return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60
        ? at
        : undefined;
}
/** Drops the one file that looks like the confidential message, when the server does not mark it. */
function withoutMessageFile(files, wanted) {
    const size = Buffer.byteLength(wanted.confidentialMessage ?? '', 'utf8');
    const names = new Set(wanted.files.map((f) => f.name));
    const index = files.findIndex((f) => typeof f.fileName === 'string' &&
        /^confidential-message(-\d+)?\.txt$/.test(f.fileName) &&
        !names.has(f.fileName) &&
        toSize(f.size) === size);
    return index < 0 ? files : files.filter((_, i) => i !== index);
}
/** A raw answer's object, if it is one. */
function rerun_match_record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
/** Lower-case addresses of a list of `{mail}` (or plain strings); undefined when it is not such a list. */
function mailSet(value) {
    if (!Array.isArray(value))
        return undefined;
    const set = new Set();
    for (const item of value) {
        const mail = typeof item === 'string' ? item : rerun_match_record(item)?.mail;
        if (typeof mail !== 'string' || !mail)
            return undefined;
        set.add(mail.toLowerCase());
    }
    return set;
}
function lowerSet(list) {
    return new Set(list.map((m) => m.toLowerCase()));
}
function allRecipients(recipients) {
    return lowerSet([...recipients.to, ...recipients.cc, ...recipients.bcc]);
}
function sameSet(a, b) {
    return a.size === b.size && [...a].every((x) => b.has(x));
}
function toSize(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && /^\d+$/.test(value))
        return Number(value);
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/rerun.ts







/**
 * Never twice, across re-runs: on a re-run of a job, a transfer that an earlier attempt finalized
 * (and then failed, e.g. while polling) is found among the sender's newest transfers and published
 * instead of being sent again.
 */
/** Entries per page of the sender's transfer list (newest first; the API's maximum). */
const LOOKUP_PAGE_SIZE = 100;
/** Pages read at most: past them the lookup is incomplete, and a re-run does not deliver again. */
const LOOKUP_MAX_PAGES = 10;
/**
 * Looks for a transfer an earlier attempt of this job delivered, when `lookForEarlierDelivery` is
 * set; the result to publish when there is one. The sender's transfers are read page by page until
 * they are older than a day. A lookup that cannot be completed (refused, failed, too many recent
 * transfers) cannot rule out an earlier delivery: the run fails before anything is created, naming
 * "deliver-again".
 */
async function earlierDelivery(client, options, events, now = Date.now()) {
    if (!options.lookForEarlierDelivery)
        return undefined;
    const sender = options.senderEmail;
    const cannotRuleOut = (why, cause) => new errors_DeliveryError('re-run check', `This is a re-run, and this run could not check whether an earlier attempt already delivered these files (${why}), so it sends nothing: they may have been delivered already. Check the sender's transfers on the server; to send anyway, set ${(events.naming ?? contract_NEUTRAL_NAMING).setting('deliver-again', 'true')}.`, cause);
    const failure = (error) => error instanceof errors/* CryptshareError */.eY ? (0,explain/* explainRequestFailure */.Z)(error) : error.message;
    const files = await hashAll(options.files);
    const wanted = { recipients: options.recipients, files, confidentialMessage: options.confidentialMessage };
    const digestsOf = localDigests(options.files);
    let looked = 0;
    for (let page = 1; page <= LOOKUP_MAX_PAGES; page++) {
        let list;
        try {
            list = await client.listTransfers(sender, page, LOOKUP_PAGE_SIZE);
        }
        catch (error) {
            throw cannotRuleOut(`the list of the sender's transfers: ${failure(error)}`, error);
        }
        looked += list.length;
        let older = false;
        for (const entry of list) {
            const basic = rerun_match_record(entry);
            const trackingId = typeof basic?.trackingId === 'string' && basic.trackingId ? basic.trackingId : undefined;
            if (!basic || !trackingId) {
                events.debug('Re-run check: a transfer list entry without a tracking id was skipped.');
                continue;
            }
            const early = matchListEntry(basic, wanted, now);
            if (!early.matches) {
                older ||= early.older === true;
                events.debug(`Re-run check: transfer ${trackingId} skipped: ${early.why}.`);
                continue;
            }
            let status;
            try {
                status = await client.transferStatus(client.transferUrl(sender, trackingId));
            }
            catch (error) {
                if (error instanceof errors/* CryptshareError */.eY && error.status === 404) {
                    events.debug(`Re-run check: transfer ${trackingId} skipped: its status answers 404.`);
                    continue;
                }
                throw cannotRuleOut(`the status of transfer ${trackingId}: ${failure(error)}`, error);
            }
            const match = await matchTransfer(status, wanted, digestsOf, now);
            if (!match.matches) {
                events.debug(`Re-run check: transfer ${trackingId} skipped: ${match.why}.`);
                continue;
            }
            const result = earlierResult(trackingId, basic, status, files, events);
            events.notice(`Transfer ${trackingId} (state ${result.state}) with the same recipients and files was delivered by an earlier attempt of this job: it is published as this run's result instead of being sent again. Set ${(events.naming ?? contract_NEUTRAL_NAMING).setting('deliver-again', 'true')} to send anyway.`);
            return result;
        }
        // Newest first: a short page is the end of the list, an older transfer the end of the window.
        if (list.length < LOOKUP_PAGE_SIZE || older) {
            events.debug(`Re-run check: none of the sender's ${looked} newest transfers is this delivery.`);
            return undefined;
        }
    }
    throw cannotRuleOut(`the sender has more than ${looked} transfers from the last day, more than this run reads (${LOOKUP_MAX_PAGES} pages of ${LOOKUP_PAGE_SIZE})`);
}
/** Local digests per algorithm by file name, gathered once each (a file is read only for an algorithm not yet known). */
function localDigests(local) {
    const cache = new Map();
    return (algorithm) => {
        let digests = cache.get(algorithm);
        if (!digests) {
            digests = Promise.all(local.map(async (f) => [f.name, (await fileDigests(f, [algorithm])).digests[algorithm]])).then((pairs) => new Map(pairs));
            cache.set(algorithm, digests);
        }
        return digests;
    };
}
/** The earlier transfer as this step's result: its id, state, links and expiry; our files. */
function earlierResult(trackingId, entry, status, files, events) {
    const view = readers_readTransferStatus(status);
    const downloadUrls = view.recipients.flatMap(({ mail, downloadUrl }) => {
        if (!downloadUrl)
            return [];
        events.secret(downloadUrl);
        return [{ recipient: mail ?? '', url: downloadUrl }];
    });
    const names = new Map(view.files.map((file) => [file.id, file.fileName]));
    const removedFiles = view.statusFiles
        .filter((file) => file.removed === true)
        .map((file) => ({
        name: names.get(file.id) ?? file.id ?? '(unknown file)',
        cause: file.removalCause ?? 'no cause given'
    }));
    if (view.password)
        events.secret(view.password);
    return {
        dryRun: false,
        trackingId,
        state: view.state ?? readTransferListEntry(entry).state ?? 'UNKNOWN',
        downloadUrls,
        files,
        password: view.password || undefined,
        expirationDate: view.expirationDate,
        removedFiles
    };
}

;// CONCATENATED MODULE: ./src/core/unfinished-session.ts


/**
 * Deletes the unfinished session (without any cancel signal: this is the clean-up).
 * `renewToken: false` for a session known to refuse new tokens: renewing would only take the
 * token away from another run on a server where a new token replaces the old.
 */
async function unfinished_session_deleteUnfinishedSession(client, sender, trackingId, leftBy = '', options = {}) {
    try {
        await client.withoutSignal().deleteSession(sender, trackingId, options);
        return {
            outcome: 'deleted',
            message: `Deleted the unfinished transfer session ${trackingId}${leftBy}: recipients receive nothing.`
        };
    }
    catch (error) {
        if (error instanceof errors/* CryptshareError */.eY && error.kind === 'http' && error.status === 404) {
            return {
                outcome: 'gone',
                message: `The unfinished transfer session ${trackingId}${leftBy} is no longer on the server: recipients receive nothing.`
            };
        }
        const why = error instanceof errors/* CryptshareError */.eY ? (0,explain/* explainRequestFailure */.Z)(error) : error.message;
        return {
            outcome: 'failed',
            message: `Could not delete the unfinished transfer session ${trackingId}${leftBy} (${why}); it was never finalized, so recipients receive nothing, and the server discards it when it expires.`
        };
    }
}

;// CONCATENATED MODULE: ./src/core/lifecycle/session-trouble.ts



/** The warning for creation attempts whose answer was lost: each may have left a session. */
function lostCreationWarning(lostAttempts, trackingId) {
    const one = lostAttempts === 1;
    return `The answer to ${one ? 'an earlier attempt' : `${lostAttempts} earlier attempts`} to create the transfer session was lost, so the server may hold ${one ? 'another session' : 'other sessions'} besides ${trackingId}. The API cannot find ${one ? 'it' : 'them'}; ${one ? 'it is' : 'they are'} never finalized (nothing is sent from ${one ? 'it' : 'them'}) and expire on the server.`;
}
/** Deletes the session an implausible `Location` names (if it names one) and explains. */
async function implausibleSession(client, sender, error, events) {
    let cleanUp;
    try {
        cleanUp = (await client.withoutSignal().deleteSessionAt(sender, error.location))
            ? 'The session it names was deleted.'
            : 'It names no session URL of this sender that could be deleted; an unfinalized session, if any, expires on the server.';
    }
    catch (deleteError) {
        const why = deleteError instanceof errors/* CryptshareError */.eY ? (0,explain/* explainRequestFailure */.Z)(deleteError) : String(deleteError);
        cleanUp = `Deleting the session it names failed (${why}); an unfinalized session expires on the server.`;
        events.debug(cleanUp);
    }
    return new errors_DeliveryError('transfer session creation', `transfer session creation failed: ${error.message} (${error.method} ${error.url}). This is not an answer a Cryptshare server gives: check ${events.naming.name('server-url')} and any proxy in between. ${cleanUp} Nothing was sent.`, error);
}
/**
 * The session refused this run's token even after the sender was verified again: on a server
 * that binds a session to the token that created it, another verification of the same sender
 * took that token away.
 */
function sessionTaken(error, trackingId, sender, deleted) {
    const refusal = causeOfType(error, errors/* TokenRefusedError */.iA);
    return new errors_DeliveryError(error instanceof errors_DeliveryError ? error.step : 'transfer session', `Transfer session ${trackingId} no longer accepts this run's verification token, not even a new one (server: HTTP ${refusal?.status}, errorCode 3002${refusal?.errorMessage ? `: ${refusal.errorMessage}` : ''}): another run verified the same sender ${sender} meanwhile (a parallel job, a dry run, a status poller), and this server lets only the token that created a session use it. ` +
        `Let only one run at a time deliver for this sender (GitHub "concurrency:", GitLab "resource_group:", Jenkins "lock()") and run the delivery again. ` +
        (deleted
            ? 'The session was deleted; nothing was sent.'
            : 'The session could not be deleted with a new token; it is never finalized, so nothing was sent, and it expires on the server.'), error);
}
/** The `TokenRefusedError` in an error's cause chain, if any. */

;// CONCATENATED MODULE: ./src/core/lifecycle/session.ts








const CREATION = 'transfer session creation';
class OpenSession {
    client;
    sender;
    trackingId;
    events;
    constructor(client, sender, trackingId, events) {
        this.client = client;
        this.sender = sender;
        this.trackingId = trackingId;
        this.events = events;
    }
    /**
     * Creates the session. A cancel while the request is under way lets it finish (within the
     * cancel grace) and deletes what it created; a lost first answer is reported, since the API
     * cannot find a session whose tracking id never arrived.
     */
    static async create(client, options, token, bounds, events, signal) {
        const sender = options.senderEmail;
        const grace = graceAfter(signal, bounds.cancelGraceMs);
        let created;
        try {
            created = await client.withoutSignal().createSession(sender, {
                sender: { name: options.senderName, phone: options.senderPhone },
                recipients: {
                    to: options.recipients.to.map((mail) => ({ mail })),
                    cc: options.recipients.cc.map((mail) => ({ mail })),
                    bcc: options.recipients.bcc.map((mail) => ({ mail }))
                }
            }, { signal: grace.signal, mayRetry: () => !signal?.aborted });
        }
        catch (error) {
            if (error instanceof errors/* LocationError */.KA)
                throw await implausibleSession(client, sender, error, events);
            const failure = errors_labelledError(CREATION, error);
            throw error instanceof errors/* CryptshareError */.eY && error.answerLost
                ? new errors_DeliveryError(CREATION, `${failure.message} The server may have created a session before the answer was lost; the API offers no way to find it, but it was never finalized, so recipients receive nothing, and the server discards it when it expires.`, error)
                : failure;
        }
        finally {
            grace.dispose();
        }
        const session = new OpenSession(client, sender, created.trackingId, events);
        events.sessionCreated?.(session.trackingId, token);
        events.info(`Transfer session ${session.trackingId} created.`);
        if (created.lostAttempts)
            events.warning(lostCreationWarning(created.lostAttempts, session.trackingId));
        if (signal?.aborted) {
            await session.delete();
            throw new errors_DeliveryError(CREATION, `the transfer session ${session.trackingId} was created as the job was cancelled and is deleted again; nothing was sent.`);
        }
        return session;
    }
    /** Applies the settings: the session as the server answers. */
    patchSettings(patch) {
        return labelled('transfer settings', () => this.client.patchSession(this.sender, this.trackingId, patch));
    }
    /** The session as the server shows it now; a failure is labelled `what`. */
    read(what) {
        return labelled(what, () => this.client.getSession(this.sender, this.trackingId));
    }
    /**
     * The node:crypto name of the session's `fileChecksumAlgorithm` (read from the PATCH answer, or
     * the session when that does not say); undefined, with a warning, for an algorithm we do not know.
     */
    async checksumAlgorithm(patched) {
        const named = 'fileChecksumAlgorithm' in patched
            ? patched.fileChecksumAlgorithm
            : (await this.read('transfer settings')).fileChecksumAlgorithm;
        const algorithm = checksum_checksumAlgorithm(named);
        if (!algorithm) {
            const what = typeof named === 'string' ? quoted(named) : `a ${typeof named}`;
            this.events.warning(`The server names the checksum algorithm ${what}, which this tool does not know: files are registered without a checksum, so the server cannot check their integrity. The "files" output still lists their SHA-256.`);
        }
        else
            this.events.debug(`Checksums in ${algorithm} (the session's fileChecksumAlgorithm).`);
        return algorithm;
    }
    registerFile(file) {
        return this.client.registerFile(this.sender, this.trackingId, file);
    }
    deleteFile(fileUrl) {
        return this.client.deleteFile(fileUrl);
    }
    uploadFile(fileUrl, body, progress, stop) {
        return this.client.uploadFile(fileUrl, body, progress, stop);
    }
    /** Marks a registered file as the confidential message. */
    async markConfidentialMessage(fileId) {
        await this.client.patchSession(this.sender, this.trackingId, { confidentialMessageFileId: fileId });
    }
    /** Sends finalize; what came of it (see `finalizeOutcome`). */
    finalize(bounds, signal, clock) {
        this.events.finalizeSent?.(this.trackingId);
        return finalizeOutcome(this.client, this.sender, this.trackingId, bounds, signal, clock, (m) => this.events.info(m));
    }
    /** The transfer's status once finalized; `timeoutMs` bounds the whole call. */
    transferStatus(statusUrl, options) {
        return this.client.transferStatus(statusUrl, options);
    }
    /** Deletes the unfinished session and reports it; whether it is gone. */
    async delete(renewToken = true) {
        const cleanUp = await unfinished_session_deleteUnfinishedSession(this.client, this.sender, this.trackingId, '', { renewToken });
        if (cleanUp.outcome === 'failed') {
            this.events.warning(cleanUp.message);
            return false;
        }
        this.closed('deleted');
        this.events.info(cleanUp.message);
        return true;
    }
    /**
     * After a finalize of unknown outcome: the server cannot delete a finalized session, so where
     * the deletion goes through, it was never finalized. Whether it did; only a deletion is reported.
     */
    async deletedAsNeverFinalized() {
        const cleanUp = await unfinished_session_deleteUnfinishedSession(this.client, this.sender, this.trackingId);
        if (cleanUp.outcome !== 'deleted')
            return false;
        this.closed('deleted');
        this.events.info(cleanUp.message);
        return true;
    }
    /** Tells the host the session needs no clean-up any more. */
    closed(how) {
        this.events.sessionClosed?.(this.trackingId, how);
    }
    /** Deletes the session after `error`; the error to report (`failure`, or why the session was lost). */
    async abandon(error, failure) {
        const taken = causeOfType(error, errors/* TokenRefusedError */.iA)?.renewable === true;
        const deleted = await this.delete(!taken);
        return taken ? sessionTaken(error, this.trackingId, this.sender, deleted) : failure;
    }
}

;// CONCATENATED MODULE: ./src/core/lifecycle/settings-patch.ts


/** The settings of this delivery, as the PATCH of the session sends them. */
function settingsPatch(options, mode, password, settings, clock) {
    const patch = {
        securityMode: {
            name: 'ONE_TIME_PASSWORD',
            // GENERATED carries the fetched password too, so that it is known (the server may replace it).
            config: mode !== 'NONE' && password ? { passwordMode: mode, password } : { passwordMode: mode }
        },
        sendRecipientNotification: options.notifyRecipients
    };
    if (options.expirationDays !== undefined)
        patch.expirationDate = isoDateInDays(clock.now(), options.expirationDays);
    if (options.subject || options.message) {
        patch.notificationMessage = {};
        if (options.subject)
            patch.notificationMessage.subject = options.subject;
        if (options.message)
            patch.notificationMessage.body = options.message;
    }
    if (options.language)
        patch.recipientLanguage = options.language;
    if (mustSend(options.notifyDownloads, settings.sendDownloadNotificationsDefault))
        patch.sendDownloadNotifications = options.notifyDownloads;
    if (mustSend(options.showFileNames, settings.showFileNamesDefault))
        patch.showFileNames = options.showFileNames;
    return patch;
}
/** `now + days` as `YYYY-MM-DDTHH:MM:SS+00:00` (numeric offset, as the API documents). */
function isoDateInDays(now, days) {
    return new Date(now + days * 86_400_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
/** `securityMode.config.password` of a session (mode GENERATED), if the server shows it; masked at once. */
function shownPassword(session, events) {
    const read = shape_answer('transfer session', (message) => events.warning(message), 'transfer settings');
    const config = read.record(read.record(session.securityMode, 'securityMode')?.config, 'securityMode.config');
    const password = read.text(config?.password, 'securityMode.config.password') || undefined;
    if (password)
        events.secret(password);
    return password;
}
/**
 * The published password (password-mode generated only): the fetched one sent as MANUAL; with
 * GENERATED the one the server shows, else the fetched one sent with it, with a warning.
 */
function publishedPassword(options, mode, password, serverPassword, events) {
    if (options.passwordMode !== 'generated')
        return undefined;
    if (mode !== 'GENERATED')
        return password;
    if (serverPassword) {
        if (serverPassword !== password)
            events.info('The server replaced the password sent with GENERATED by its own: that one is published.');
        return serverPassword;
    }
    events.warning("The server's policy allows only server-generated passwords (GENERATED), and the server does not show the transfer's password: the published password is the one fetched from the server and sent with the transfer, which the server may have replaced, so it could not be confirmed. If the recipients cannot open the transfer, revoke it and ask the Cryptshare administrator to allow password mode MANUAL.");
    return password;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/registration.ts
// Files registered ahead of their upload. A registration carries the checksum in the session's
// algorithm, which the settings' answer names; so that the first files are registered while the
// settings are applied, they are registered with SHA-256 (what servers use) until that answer is
// in, and registered again (the guessed registration deleted) where the session names another.


/** The checksum algorithm a registration guesses before the session names its own. */
const GUESSED_CHECKSUM_ALGORITHM = 'sha256';
class Registrations {
    session;
    files;
    algorithm;
    algorithms;
    prehash;
    started = new Map();
    /** The session's algorithm, once known (undefined: one this tool does not know, no checksum sent). */
    known;
    /**
     * `algorithm` settles with the session's checksum algorithm (or fails with the settings);
     * `algorithms` are the digests every file needs besides.
     */
    constructor(session, files, algorithm, algorithms, prehash) {
        this.session = session;
        this.files = files;
        this.algorithm = algorithm;
        this.algorithms = algorithms;
        this.prehash = prehash;
        algorithm.then((value) => (this.known = { algorithm: value }), () => undefined);
    }
    /** Starts the registration of file `index` (if there is one and it has not started). */
    start(index) {
        const file = this.files[index];
        if (!file || this.started.has(index))
            return;
        const attempt = this.attempt(file, this.known ? this.known.algorithm : GUESSED_CHECKSUM_ALGORITHM);
        attempt.catch(() => undefined); // awaited by `registered`
        this.started.set(index, attempt);
    }
    /**
     * File `index` registered with the session's checksum (a failure of the settings is thrown
     * here); a registration under a guessed algorithm the session does not use is made again.
     */
    async registered(index) {
        this.start(index);
        const file = this.files[index];
        const first = await this.started.get(index);
        const algorithm = await this.algorithm;
        const attempt = first.algorithm === algorithm ? first : await this.again(file, first, algorithm);
        if (!attempt.registered)
            throw attempt.refused;
        return { fileUrl: attempt.registered.fileUrl, digests: attempt.digests, stamp: attempt.stamp };
    }
    /** Waits for every registration started, so that none runs on after the uploads end. */
    async settled() {
        await Promise.allSettled(this.started.values());
    }
    async again(file, guessed, algorithm) {
        if (guessed.registered) {
            const { fileUrl } = guessed.registered;
            await labelled(`registration of "${file.relativePath}"`, () => this.session.deleteFile(fileUrl));
        }
        return this.attempt(file, algorithm);
    }
    /** Registers `file` with its checksum in `algorithm`; rejects only when the file cannot be read. */
    async attempt(file, algorithm) {
        const wanted = [...new Set([...this.algorithms, ...(algorithm ? [algorithm] : [])])];
        const { digests, stamp } = await (this.prehash ? this.prehash.digests(file, wanted) : fileDigests(file, wanted)).catch((error) => {
            throw new errors_DeliveryError(`upload of "${file.relativePath}"`, `Cannot read "${file.relativePath}": ${error.message}.`, error);
        });
        const registration = {
            fileName: file.name,
            size: file.size,
            ...(algorithm ? { checksum: digests[algorithm] } : {})
        };
        try {
            const registered = await labelled(`registration of "${file.relativePath}"`, () => this.session.registerFile(registration));
            return { algorithm, digests, stamp, registered };
        }
        catch (refused) {
            return { algorithm, digests, stamp, refused };
        }
    }
}

;// CONCATENATED MODULE: ./src/core/lifecycle/progress.ts

/** At most one progress line per file this often: useful in a CI log, not spammy. */
const PROGRESS_INTERVAL_MS = 5000;
/**
 * Returns an upload-progress callback that logs `name: 42% (420 MiB of 1.00 GiB, 118.2 MB/s)`
 * at most every `PROGRESS_INTERVAL_MS`, and never for the final byte (the completion line says it).
 */
function throttledProgress(file, log, now = Date.now) {
    const started = now();
    let last = started;
    return (bytes) => {
        const time = now();
        if (time - last < PROGRESS_INTERVAL_MS || bytes >= file.size)
            return;
        last = time;
        const percent = Math.floor((bytes / file.size) * 100);
        log(`${file.name}: ${percent}% (${humanSize(bytes)} of ${humanSize(file.size)}, ${rate(bytes, (time - started) / 1000)})`);
    };
}
/** Bytes per second as decimal megabytes, e.g. `118.2 MB/s`. */
function rate(bytes, seconds) {
    return `${(bytes / 1_000_000 / Math.max(seconds, 0.001)).toFixed(1)} MB/s`;
}

;// CONCATENATED MODULE: ./src/core/lifecycle/upload.ts











const CONFIDENTIAL_MESSAGE_NAME = 'confidential-message.txt';
/**
 * Hashes, registers and uploads every file, `uploadConcurrency` at a time; while a file uploads,
 * the one its slot takes next is registered. `checksum` settles with the session's checksum
 * algorithm (from the settings' answer), which the first registrations do not wait for. The first
 * failure stops the uploads still running and is the one reported.
 */
async function uploadAll(session, options, events, checksum, prehash) {
    const total = { files: options.files.length, bytes: options.files.reduce((sum, file) => sum + file.size, 0) };
    const concurrency = options.uploadConcurrency;
    // Every digest from one read: SHA-256 for the result, the checksum files', and the server's.
    const algorithms = ['sha256', ...options.checksumFiles.algorithms];
    const registrations = new Registrations(session, options.files, checksum, algorithms, prehash);
    try {
        return await inParallel(options.files, concurrency, (file, stop, index) => uploadOne(session, file, () => registrations.registered(index), () => {
            if (!stop.aborted)
                registrations.start(index + concurrency);
        }, total, events, stop));
    }
    finally {
        await registrations.settled();
    }
}
/** A file this big is said to be hashed before its upload starts: reading it takes a while. */
const HASHING_NOTICE_BYTES = 64 * 1024 * 1024;
async function uploadOne(session, file, registered, uploading, total, events, stop) {
    const what = `upload of "${file.relativePath}"`;
    const live = events.uploadProgress?.bind(events);
    const update = (bytes, done, phase) => live?.({ name: file.relativePath, size: file.size, bytes, done, total, ...(phase ? { phase } : {}) });
    if (file.size >= HASHING_NOTICE_BYTES) {
        if (live)
            update(0, false, 'hashing');
        else
            events.info(`Hashing ${file.relativePath} (${humanSize(file.size)}) before its upload.`);
    }
    const { fileUrl, digests, stamp } = await registered();
    const sha256 = digests.sha256;
    uploading();
    // The bytes sent are hashed again only for a file modified just before its stamp (a write
    // within the timestamp's granularity would not move it); others are checked by their stamp.
    let sentHash;
    async function* open() {
        const hash = stamp.racy ? (0,external_node_crypto_namespaceObject.createHash)('sha256') : undefined;
        sentHash = undefined;
        for await (const chunk of fileChunks(file.absolutePath, file.size)) {
            hash?.update(chunk);
            yield chunk;
        }
        sentHash = hash?.digest('hex');
    }
    const progress = live ? (bytes) => update(bytes, false) : throttledProgress(file, (line) => events.info(line));
    const started = Date.now();
    try {
        await session.uploadFile(fileUrl, { open, length: file.size }, progress, stop);
    }
    catch (error) {
        update(0, true);
        if (stop.aborted)
            throw error;
        const changed = couldBeAChangedFile(error) ? await changedOnDisk(file, sha256) : undefined;
        if (changed)
            throw changedFile(what, file, changed, error);
        const failure = errors_labelledError(what, error);
        if (refusedContent(error))
            throw new errors_DeliveryError(what, `${failure.message} The file did not change on disk since it was hashed: if the server reports a checksum or size mismatch, its bytes were altered on the way (a proxy or scanner between this machine and the server).`, error);
        throw failure;
    }
    const changed = sentHash !== undefined
        ? sentHash === sha256
            ? undefined
            : 'changed content'
        : await changedSinceStamp(file, stamp, sha256);
    if (changed)
        throw changedFile(what, file, changed);
    update(file.size, true);
    const speed = file.size >= 1024 * 1024 ? `, ${rate(file.size, (Date.now() - started) / 1000)}` : '';
    events.info(`Uploaded ${file.relativePath} (${humanSize(file.size)}${speed}).`);
    return fileRecord(file, digests);
}
function changedFile(what, file, how, cause) {
    return new errors_DeliveryError(what, `"${file.relativePath}" ${how} between hashing and upload; nothing was delivered. Do not modify the files while the delivery runs.`, cause);
}
/** How a file differs from what was registered when its stamp moved since hashing, or undefined. */
async function changedSinceStamp(file, stamp, sha256) {
    const now = await fileStamp(file.absolutePath).catch(() => undefined);
    return now?.key === stamp.key ? undefined : changedOnDisk(file, sha256);
}
/** The server answered the upload and refused its content (4xx). */
function refusedContent(error) {
    return error instanceof errors/* CryptshareError */.eY && error.kind === 'http' && error.status >= 400 && error.status < 500;
}
/** A failure that a file changed on disk would explain: unreadable, or refused content. */
function couldBeAChangedFile(error) {
    if (!(error instanceof errors/* CryptshareError */.eY))
        return true;
    return error.kind === 'source' || (error.kind === 'http' && error.status >= 400 && error.status < 500);
}
/** Says how a file differs from what was registered, or undefined when it does not. */
async function changedOnDisk(file, sha256) {
    try {
        const stat = await external_node_fs_namespaceObject.promises.stat(file.absolutePath);
        if (stat.size !== file.size)
            return `changed size (${file.size} → ${stat.size} bytes)`;
        return (await sha256File(file.absolutePath)) === sha256 ? undefined : 'changed content';
    }
    catch {
        return 'was deleted or became unreadable';
    }
}
async function attachConfidentialMessage(session, text, files, checksum) {
    const taken = new Set(files.map((f) => f.name.toLowerCase()));
    let fileName = CONFIDENTIAL_MESSAGE_NAME;
    for (let n = 2; taken.has(fileName.toLowerCase()); n++)
        fileName = `confidential-message-${n}.txt`;
    await labelled('confidential message', async () => {
        const { fileId } = await uploadText(session, fileName, text, checksum);
        await session.markConfidentialMessage(fileId);
    });
}
/** Adds a file this tool wrote (a checksum file) to the transfer, from memory. */
async function attachGeneratedFile(session, fileName, text, checksum) {
    await labelled(`upload of ${fileName}`, () => uploadText(session, fileName, text, checksum));
}
async function uploadText(session, fileName, text, checksum) {
    const content = Buffer.from(text, 'utf8');
    const digest = checksum ? { checksum: (0,external_node_crypto_namespaceObject.createHash)(checksum).update(content).digest('hex') } : {};
    const { fileId, fileUrl } = await session.registerFile({ fileName, size: content.length, ...digest });
    await session.uploadFile(fileUrl, { open: () => [content], length: content.length });
    return { fileId };
}
/**
 * The upload check: fails when the session lists a file the server has not fully received.
 * A `files` the action cannot read is skipped with a warning (finalize then has the last word).
 * Returns the session's expiration date.
 */
function checkUploads(session, events) {
    const read = shape_answer('transfer session', (message) => events.warning(message), 'upload check');
    const pending = shape_sessionFiles(session.files, read).filter((f) => f.state !== undefined && !['UPLOADED', 'ACTIVE'].includes(f.state.toUpperCase()));
    if (pending.length) {
        throw new errors_DeliveryError('upload check', `The server has not received every file: ${pending.map((f) => `${f.fileName ?? f.id ?? '(unnamed file)'} (${f.state})`).join(', ')}.`);
    }
    return read.text(session.expirationDate, 'expirationDate');
}

;// CONCATENATED MODULE: ./src/core/lifecycle/index.ts













/**
 * The whole sender lifecycle (API reference §4): verify, check the policy, create the session,
 * apply settings, register and upload every file, finalize, poll. Anything that fails after the
 * session was created and before finalize was sent deletes the session; once finalize was sent,
 * only the transfer status settles what happened (`finalizeOutcome`), and nothing is deleted
 * unless the server refused the finalize outright.
 */
async function deliver(client, options, events, signal, clock = systemClock) {
    // The token the run ended with: a renewal during the run replaces the first one.
    try {
        return { ...(await lifecycle(client, options, events, signal, clock)), verificationToken: client.verificationToken };
    }
    catch (error) {
        if (error instanceof FinalizeSentError)
            error.result.verificationToken = client.verificationToken;
        throw error;
    }
}
async function lifecycle(client, options, events, signal, clock) {
    // Hashing starts now, beside verification, policy and session set-up: registration needs it first.
    const prehash = options.dryRun
        ? undefined
        : new Prehash(options.files, ['sha256', ...options.checksumFiles.algorithms], options.uploadConcurrency);
    try {
        return await delivered(client, options, events, signal, clock, prehash);
    }
    finally {
        prehash?.stop();
    }
}
async function delivered(client, options, events, signal, clock, prehash) {
    const clearance = await preflight(client, options, events);
    if (options.dryRun) {
        const files = await hashAll(options.files, options.checksumFiles.algorithms);
        events.info('Dry run: nothing was created on the server.');
        return { dryRun: true, downloadUrls: [], files, removedFiles: [] };
    }
    const earlier = await earlierDelivery(client, options, events);
    if (earlier)
        return earlier;
    const bounds = { ...DEFAULT_FINALIZE_BOUNDS, ...options.finalizeBounds };
    // The generated password and the session do not depend on each other: one round trip, not two.
    const generated = clearance.password.fetchGenerated
        ? labelled('password generation', () => client.generatePassword()).then((value) => {
            events.secret(value);
            return value;
        })
        : undefined;
    generated?.catch(() => undefined); // awaited below; a session that fails first is the error reported
    const session = await OpenSession.create(client, options, clearance.token, bounds, events, signal);
    const at = () => new Date(clock.now()).toISOString();
    const timeline = { sessionCreated: at() };
    let password = options.password;
    try {
        if (generated)
            password = await generated;
    }
    catch (error) {
        throw await session.abandon(error, error);
    }
    let assembled;
    try {
        const patch = settingsPatch(options, clearance.password.mode, password, clearance.settings, clock);
        assembled = await assemble(prehash, session, patch, options, events, clearance.settings.confidentialMessageAllowed !== false);
    }
    catch (error) {
        throw await session.abandon(error, error);
    }
    const resultSoFar = {
        dryRun: false,
        trackingId: session.trackingId,
        downloadUrls: [],
        files: assembled.files,
        password: publishedPassword(options, clearance.password.mode, password, assembled.serverPassword, events),
        expirationDate: assembled.expirationDate,
        removedFiles: [],
        ...(assembled.addedFiles.length ? { addedFiles: assembled.addedFiles } : {}),
        timeline,
        policyLimits: policyLimits(clearance.settings)
    };
    const outcome = await session.finalize(bounds, signal, clock);
    if (outcome.kind === 'refused')
        throw await session.abandon(outcome.error, errors_labelledError('finalize', outcome.error));
    if (outcome.kind === 'unknown')
        throw await unknownOutcome(session, outcome.error, bounds, resultSoFar);
    session.closed('finalized');
    timeline.finalized = at();
    events.info(`Transfer ${session.trackingId} finalized.`);
    // From here on the transfer exists: whatever goes wrong, what is known of it is published.
    const result = await readFinalized(session, outcome.statusUrl, resultSoFar, options, events, signal, clock);
    if (result.state === 'ACTIVE')
        timeline.active = at();
    return result;
}
/** The policy's limits, as far as the server named them. */
function policyLimits({ maxTotalSize, maxRetentionPeriod }) {
    return {
        ...(typeof maxTotalSize === 'number' ? { maxTotalSize } : {}),
        ...(typeof maxRetentionPeriod === 'number' ? { maxRetentionPeriod } : {})
    };
}
/**
 * Applies the settings, uploads every file (then the checksum files and the confidential
 * message, which need every file's digests), checks the uploads.
 */
async function assemble(prehash, session, patch, options, events, confidentialMessageAllowed) {
    // The settings and the first registrations go at once: only the checksum algorithm, which the
    // settings' answer names, must be known before a registration is final (see registration.ts).
    const patching = session.patchSettings(patch);
    const algorithm = patching.then((patched) => session.checksumAlgorithm(patched));
    algorithm.catch(() => undefined); // thrown by the uploads, or awaited below
    let files;
    try {
        files = await uploadAll(session, options, events, algorithm, prehash);
    }
    catch (error) {
        await algorithm.catch(() => undefined); // the session is deleted after: not while its settings are sent
        throw error;
    }
    const patched = await patching;
    const checksum = await algorithm;
    const generated = patch.securityMode?.config.passwordMode === 'GENERATED';
    let serverPassword = generated ? shownPassword(patched, events) : undefined;
    const plan = options.checksumFiles;
    const addedFiles = [];
    if (plan.include)
        for (const algorithm of plan.algorithms) {
            const name = CHECKSUM_FILE_NAMES[algorithm];
            await attachGeneratedFile(session, name, checksumFileText(files, algorithm), checksum);
            addedFiles.push(name);
        }
    let confidentialMessage = options.confidentialMessage;
    if (plan.inMessage && confidentialMessageAllowed)
        confidentialMessage = messageWithChecksums(confidentialMessage, files, plan.algorithms);
    else if (plan.inMessage)
        events.warning("The server's policy does not allow a confidential message for this sender and these recipients: the digest list is not added to one (the checksum files are written as asked).");
    if (confidentialMessage)
        await attachConfidentialMessage(session, confidentialMessage, files, checksum);
    const current = await session.read('upload check');
    const expirationDate = checkUploads(current, events);
    if (generated && !serverPassword)
        serverPassword = shownPassword(current, events);
    return { files, addedFiles, expirationDate, serverPassword };
}
/**
 * Finalize was sent and its outcome is unknown: where the session can still be deleted, nothing
 * was sent; else the transfer may exist.
 */
async function unknownOutcome(session, error, bounds, resultSoFar) {
    const { trackingId } = session;
    const deleted = await session.deletedAsNeverFinalized();
    const why = errors_labelledError('finalize', error).message.replace(/^finalize failed: /, '');
    if (deleted) {
        return new errors_DeliveryError('finalize', `Finalizing transfer ${trackingId} failed (${why}), and the session could still be deleted afterwards, so it was never finalized: nothing was sent.`, error);
    }
    return new FinalizeOutcomeUnknownError(`Finalizing transfer ${trackingId} failed (${why}), and its status did not show within ${Math.round(bounds.confirmMs / 1000)} s whether it went through. The transfer may exist and its recipients may have been notified: check tracking id ${trackingId} on the server before re-running this job.`, error, resultSoFar);
}

;// CONCATENATED MODULE: ./src/core/selection.ts






/**
 * Resolves `files` in the workspace, leaving out `ownFiles` (the files the front-end writes: they
 * hold a previous run's secrets). No match: an `InputError` (`if-no-files-found: error`), or
 * `files: undefined` after a warning or info line saying nothing was sent.
 */
async function selectFiles(settings, events, naming = contract_NEUTRAL_NAMING, ownFiles = []) {
    const { filePatterns, workspace } = settings;
    const found = await findFiles(filePatterns, workspace, { includeHidden: settings.includeHiddenFiles });
    for (const warning of found.warnings)
        events.warning(warning);
    const own = await withoutOwnFiles(found.files, ownFiles);
    if (own.excluded.length) {
        const names = own.excluded.map((e) => `"${(0,log_text/* escapeControls */.UN)(e.file.relativePath)}" (${e.by})`).join(', ');
        events.warning(`Left out ${names}: this tool writes that file, and a previous run's copy holds its password and download URLs. Write it outside the "files" selection.`);
    }
    const search = { ...found, files: own.files };
    const hidden = search.hidden.length
        ? `${search.hidden.length} hidden file(s) or folder(s) matched but are left out (${search.hidden.map((h) => `"${h}"`).join(', ')}); set ${naming.setting('include-hidden-files', 'true')} to deliver them`
        : '';
    if (search.files.length === 0) {
        const what = `No files match ${filePatterns.map((p) => `"${p}"`).join(', ')} in ${workspace}${hidden ? `; ${hidden}` : ''}`;
        if (settings.ifNoFilesFound === 'error') {
            throw new option_values/* InputError */.dz(`${what}. Check the ${naming.name('files')} patterns (they are relative to ${workspace}) and that the build wrote its artifacts there, or set ${naming.setting('if-no-files-found', 'warn')} (or ignore).`);
        }
        const nothingSent = `${what}; nothing was sent.`;
        if (settings.ifNoFilesFound === 'warn')
            events.warning(nothingSent);
        else
            events.info(nothingSent);
        return { files: undefined, nothingSent };
    }
    for (const pattern of search.unmatchedPatterns)
        events.warning(`The pattern "${pattern}" in ${naming.name('files')} matches no file in ${workspace}.`);
    if (hidden)
        events.info(`${hidden}.`);
    assertUniqueNames(search.files);
    events.info(`Found ${search.files.length} file(s) to deliver: ${search.files.map((f) => f.relativePath).join(', ')}`);
    return { files: search.files };
}

;// CONCATENATED MODULE: ./src/core/attestation/subjects.ts
// The in-toto subjects of an attestation file, in every form the attest tools write: a plain
// statement, a DSSE envelope, a Sigstore bundle (its `dsseEnvelope`), one per line in a
// `.jsonl` file (the SLSA generator's `.intoto.jsonl`, `gh attestation download`), or an
// object holding a `bundle`. Signatures are not checked here: only which digests are covered.
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
/** Why a file is not an attestation this tool reads: one sentence. */
class AttestationFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'AttestationFormatError';
    }
}
/** Every subject of every statement in a file's text. */
function subjectsOf(text) {
    const values = parseJsonOrLines(text);
    const subjects = values.flatMap((value) => statementsOf(value)).flatMap(statementSubjects);
    if (!subjects.length)
        throw new AttestationFormatError('its statements name no subject with a digest');
    return subjects;
}
/** The whole text as one JSON value, or one value per non-empty line (JSON Lines). */
function parseJsonOrLines(text) {
    const trimmed = text.trim();
    if (!trimmed)
        throw new AttestationFormatError('it is empty');
    try {
        return [JSON.parse(trimmed)];
    }
    catch {
        return trimmed
            .split(/\r?\n/)
            .filter((line) => line.trim())
            .map((line, index) => {
            try {
                return JSON.parse(line);
            }
            catch {
                throw new AttestationFormatError(`it is neither JSON nor JSON Lines (line ${index + 1} does not parse)`);
            }
        });
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The statements a parsed value carries, whatever its wrapping. */
function statementsOf(value) {
    if (Array.isArray(value))
        return value.flatMap(statementsOf);
    if (!isRecord(value))
        throw new AttestationFormatError('it holds a value that is not a JSON object');
    if (typeof value._type === 'string') {
        if (!value._type.startsWith('https://in-toto.io/Statement/'))
            throw new AttestationFormatError(`its _type "${value._type.slice(0, 80)}" is not an in-toto statement`);
        return [value];
    }
    if ('payload' in value || 'payloadType' in value)
        return [envelopeStatement(value)];
    if (isRecord(value.dsseEnvelope))
        return [envelopeStatement(value.dsseEnvelope)];
    if (isRecord(value.bundle))
        return statementsOf(value.bundle);
    if (Array.isArray(value.attestations))
        return value.attestations.flatMap(statementsOf);
    if (typeof value.mediaType === 'string' && value.mediaType.includes('sigstore.bundle'))
        throw new AttestationFormatError('it is a Sigstore bundle without a DSSE envelope (a signature over a file, not an in-toto statement)');
    throw new AttestationFormatError('it is not an in-toto statement, a DSSE envelope or a Sigstore bundle');
}
/** A DSSE envelope's statement: its payload, base64, of type in-toto JSON. */
function envelopeStatement(envelope) {
    if (envelope.payloadType !== IN_TOTO_PAYLOAD)
        throw new AttestationFormatError(`its DSSE envelope carries "${String(envelope.payloadType).slice(0, 80)}", not ${IN_TOTO_PAYLOAD}`);
    if (typeof envelope.payload !== 'string' || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(envelope.payload))
        throw new AttestationFormatError('its DSSE envelope has no base64 payload');
    const json = Buffer.from(envelope.payload, 'base64').toString('utf8');
    let statement;
    try {
        statement = JSON.parse(json);
    }
    catch {
        throw new AttestationFormatError('its DSSE payload is not JSON');
    }
    const [inner] = statementsOf(statement);
    return inner;
}
function statementSubjects(statement) {
    if (!Array.isArray(statement.subject))
        return [];
    return statement.subject.filter(isRecord).flatMap((subject) => {
        if (!isRecord(subject.digest))
            return [];
        const digest = Object.fromEntries(Object.entries(subject.digest)
            .filter((entry) => typeof entry[1] === 'string' && /^[0-9a-fA-F]+$/.test(entry[1]))
            .map(([algorithm, hex]) => [algorithm.toLowerCase(), hex.toLowerCase()]));
        if (!Object.keys(digest).length)
            return [];
        return [{ ...(typeof subject.name === 'string' ? { name: subject.name } : {}), digest }];
    });
}

;// CONCATENATED MODULE: ./src/core/attestation/gate.ts
// require-attestation: before anything is contacted, every file to deliver must be a subject of
// one of the given attestations, matched by digest (not by name). The attestation files
// themselves are exempt (they may be delivered with the files). Signatures are not verified.








/** Attestations are small; a bigger file is not one (and is not read into memory). */
const MAX_ATTESTATION_BYTES = 64 * 1024 * 1024;
/** Digest algorithms this tool computes to match subjects (node:crypto names). */
const MATCHED = ['sha256', 'sha512'];
async function requireAttestation(files, patterns, workspace, events, naming = contract_NEUTRAL_NAMING) {
    const found = await findFiles(patterns, workspace, { includeHidden: true });
    const [unmatched] = found.unmatchedPatterns;
    if (unmatched !== undefined)
        throw new option_values/* InputError */.dz(`The pattern "${unmatched}" in ${naming.name('require-attestation')} matches no file in ${workspace}. Nothing was sent.`);
    if (!found.files.length)
        throw new option_values/* InputError */.dz(`${naming.option('require-attestation')} names no attestation file in ${workspace}. Nothing was sent.`);
    const covered = new Map(MATCHED.map((algorithm) => [algorithm, new Set()]));
    for (const attestation of found.files) {
        for (const subject of await readSubjects(attestation, naming))
            for (const [algorithm, hex] of Object.entries(subject.digest))
                covered.get(algorithm)?.add(hex);
    }
    const usable = MATCHED.filter((algorithm) => covered.get(algorithm).size > 0);
    if (!usable.length)
        throw new option_values/* InputError */.dz(`The attestations in ${naming.name('require-attestation')} name no SHA-256 or SHA-512 digest, so no file can be matched to them. Nothing was sent.`);
    const attestationPaths = new Set(found.files.map((file) => file.absolutePath));
    const checked = files.filter((file) => !attestationPaths.has(file.absolutePath));
    const uncovered = (await inParallel(checked, 4, async (file) => {
        const { digests } = await fileDigests(file, [...usable]);
        return usable.some((algorithm) => covered.get(algorithm).has(digests[algorithm])) ? undefined : file;
    })).filter((file) => file !== undefined);
    const sources = found.files.map((file) => `"${(0,log_text/* escapeControls */.UN)(file.relativePath)}"`).join(', ');
    if (uncovered.length) {
        const shown = uncovered.slice(0, 5).map((file) => `"${(0,log_text/* escapeControls */.UN)(file.relativePath)}"`);
        const more = uncovered.length > shown.length ? ` and ${uncovered.length - shown.length} more` : '';
        throw new option_values/* InputError */.dz(`${uncovered.length} of ${checked.length} file(s) to deliver are not subjects of the attestations in ${sources} (compared by digest): ${shown.join(', ')}${more}. ` +
            `Attest exactly the files you deliver in the build (e.g. actions/attest-build-provenance with subject-path), or correct ${naming.name('files')}. Nothing was sent.`);
    }
    events.info(`Every file to deliver (${checked.length}) is a subject of the attestations in ${sources}. Checked by digest, not by signature: verify the signatures with "gh attestation verify" or cosign.`);
}
async function readSubjects(file, naming) {
    const where = `${naming.option('require-attestation')}: "${(0,log_text/* escapeControls */.UN)(file.relativePath)}"`;
    if (file.size > MAX_ATTESTATION_BYTES)
        throw new option_values/* InputError */.dz(`${where} is ${file.size} bytes, too big to be an attestation (at most 64 MiB). Nothing was sent.`);
    try {
        return subjectsOf(await external_node_fs_namespaceObject.promises.readFile(file.absolutePath, 'utf8'));
    }
    catch (error) {
        if (!(error instanceof AttestationFormatError))
            throw error;
        throw new option_values/* InputError */.dz(`${where} cannot be read as an attestation: ${error.message}. Give in-toto statements, DSSE envelopes or Sigstore bundles (as actions/attest-build-provenance and the SLSA generators write them). Nothing was sent.`);
    }
}

;// CONCATENATED MODULE: ./src/core/verdict.ts
// Whether a delivery reached what was asked for: the same decision for every front-end.

function verdict(result, rules, naming = contract_NEUTRAL_NAMING) {
    if (result.dryRun)
        return { level: 'info', message: '' };
    const removed = result.removedFiles.map((f) => `${f.name} (${f.cause})`).join(', ') +
        (result.removedFiles.some((f) => /checksum/i.test(f.cause))
            ? '; a checksum mismatch: the server received other bytes than were sent, so something between this machine and the server (a proxy, a scanner) altered the upload'
            : '');
    if (result.state === 'FAILED') {
        return {
            level: 'error',
            message: `Transfer ${result.trackingId} FAILED: the server could not process any file${removed ? `; removed: ${removed}` : ''}. Nothing is downloadable; check the files (e.g. virus scan) and the server's log.`
        };
    }
    if (result.removedFiles.length) {
        const message = `Transfer ${result.trackingId} is ${result.state}, but the server removed ${result.removedFiles.length} file(s) during processing: ${removed}.`;
        return rules.allowRemovedFiles
            ? { level: 'warning', message }
            : {
                level: 'error',
                message: `${message} Recipients do not get the complete delivery; set ${naming.setting('allow-removed-files', 'true')} to accept this.`
            };
    }
    if (rules.waitForProcessing && result.state !== 'ACTIVE') {
        return { level: 'error', message: `Transfer ${result.trackingId} ended in state ${result.state}, not ACTIVE.` };
    }
    return { level: 'info', message: `Transfer ${result.trackingId} is ${result.state}.` };
}

;// CONCATENATED MODULE: ./src/core/commands/outcome.ts
// One classification of any failure, for every command and both front-ends: a mistake in the
// options (usage), a failed run, a delivery whose outcome is not known (uncertain), or a
// cancellation; each with its one line.





/** Mistakes found before the server is contacted (a CLI exits 2). */
function isUsageError(error) {
    return error instanceof option_values/* InputError */.dz || error instanceof FileSelectionError;
}
/** One line for any failure; an unexpected one (a bug) says so instead of showing a bare TypeError. */
function describeFailure(error) {
    if (error instanceof errors_DeliveryError || error instanceof AnswerShapeError || isUsageError(error))
        return error.message;
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `Unexpected error (${text}). This is a bug in cryptshare-ci: please report it with the debug output.`;
}
/** A failed command, given whether the run was cancelled meanwhile. */
function classifyFailure(error, cancelled) {
    if (cancelled) {
        const known = error instanceof errors_DeliveryError || error instanceof AnswerShapeError || isUsageError(error);
        return { kind: 'cancelled', message: known ? error.message : undefined, byCancel: isCancel(error) };
    }
    return { kind: isUsageError(error) ? 'usage' : 'failed', message: describeFailure(error), byCancel: false };
}
/** Whether a failure is the cancel itself (not, say, a failure met while cleaning up after it). */
function isCancel(error) {
    for (let e = error; e instanceof Error; e = e.cause) {
        if (e instanceof errors/* CryptshareError */.eY)
            return e.kind === 'aborted';
        if (e.name === 'AbortError')
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/run-state.ts
// A state file kept between attempts of a CI job (a GitLab cache, a Jenkins workspace): which
// deliveries an earlier attempt made, so that a re-run sends only what was not sent. A delivery
// counts as made once its transfer exists; it is matched by name, recipients and file digests.




async function readRunState(file) {
    const text = await external_node_fs_namespaceObject.promises.readFile(file, 'utf8').catch((error) => {
        if (error.code === 'ENOENT')
            return '';
        throw new option_values/* InputError */.dz(`The state file ${file} cannot be read: ${error.message}.`);
    });
    if (!text.trim())
        return { version: 1, deliveries: {} };
    try {
        const state = JSON.parse(text);
        if (state.version !== 1 || typeof state.deliveries !== 'object' || state.deliveries === null)
            throw new Error('shape');
        return state;
    }
    catch {
        throw new option_values/* InputError */.dz(`The state file ${file} is not one this tool wrote: remove it to send everything again, or point the state file elsewhere.`);
    }
}
/** Writes the state whole (a new file renamed over the old): an interrupted write leaves the old one. */
async function writeRunState(file, state) {
    const next = `${file}.${process.pid}.tmp`;
    await external_node_fs_namespaceObject.promises.writeFile(next, `${JSON.stringify(state, null, 2)}\n`);
    await external_node_fs_namespaceObject.promises.rename(next, file);
}
/** What identifies a delivery across attempts: its recipients and its files' names, sizes and SHA-256. */
async function deliverySignature(recipients, files) {
    const digests = await Promise.all(files.map(async (file) => ({
        name: file.name,
        size: file.size,
        sha256: (await fileDigests(file, ['sha256'])).digests.sha256
    })));
    const norm = (list) => list.map((a) => a.toLowerCase()).sort();
    const canonical = JSON.stringify({
        to: norm(recipients.to),
        cc: norm(recipients.cc),
        bcc: norm(recipients.bcc),
        files: digests.sort((a, b) => a.name.localeCompare(b.name))
    });
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonical).digest('hex');
}
function recorded(result, signature, now) {
    if (!result.trackingId || !result.state)
        return undefined;
    return {
        signature,
        trackingId: result.trackingId,
        state: result.state,
        ...(result.expirationDate ? { expirationDate: result.expirationDate } : {}),
        files: result.files,
        removedFiles: result.removedFiles,
        recordedAt: new Date(now).toISOString()
    };
}
/** A recorded delivery as the result a front-end publishes (no password: it cannot be published again). */
function recordedResult(entry) {
    return {
        dryRun: false,
        trackingId: entry.trackingId,
        state: entry.state,
        expirationDate: entry.expirationDate,
        downloadUrls: [],
        files: entry.files,
        removedFiles: entry.removedFiles
    };
}

;// CONCATENATED MODULE: ./src/core/receipt/api-version.ts
// The server's API version from `GET /api/status` (API >= 1.13; older servers answer 404). The
// documented answer is `{ apiVersions: { uiApiVersions: [{ major, minor }] } }`, perhaps wrapped
// in `data`: every list of versions under `apiVersions` is read, and the highest is the answer.
function apiVersionOf(answer) {
    const body = unwrap(answer);
    const versions = body && typeof body === 'object' ? body.apiVersions : undefined;
    if (!versions || typeof versions !== 'object')
        return undefined;
    let best;
    for (const list of Object.values(versions)) {
        if (!Array.isArray(list))
            continue;
        for (const entry of list) {
            if (!Number.isInteger(entry?.major) || !Number.isInteger(entry?.minor))
                continue;
            const version = [entry.major, entry.minor];
            if (!best || version[0] > best[0] || (version[0] === best[0] && version[1] > best[1]))
                best = version;
        }
    }
    return best && `${best[0]}.${best[1]}`;
}
function unwrap(answer) {
    if (answer && typeof answer === 'object' && 'data' in answer && !('apiVersions' in answer))
        return answer.data;
    return answer;
}

;// CONCATENATED MODULE: ./src/core/version.ts
/** This tool's version (package.json's, checked by a test): `--version`, the CLI's User-Agent. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/core/receipt/ci-run.ts
// The CI run that sent a delivery, from the variables each CI system sets: enough to find the
// job again (its URL) and what it built (the commit). Nothing secret is read here.
/** Only the variables that are set. */
function pick(env, names) {
    return Object.fromEntries(Object.entries(names).flatMap(([key, name]) => (env[name] ? [[key, env[name]]] : [])));
}
function ciRun(env) {
    if (env.GITHUB_ACTIONS === 'true') {
        const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
        return {
            system: 'github-actions',
            url: server && repo && run
                ? `${server}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`
                : undefined,
            commit: env.GITHUB_SHA,
            details: pick(env, {
                server: 'GITHUB_SERVER_URL',
                repository: 'GITHUB_REPOSITORY',
                runId: 'GITHUB_RUN_ID',
                runAttempt: 'GITHUB_RUN_ATTEMPT',
                workflowRef: 'GITHUB_WORKFLOW_REF',
                ref: 'GITHUB_REF'
            })
        };
    }
    if (env.GITLAB_CI === 'true')
        return {
            system: 'gitlab-ci',
            url: env.CI_JOB_URL,
            commit: env.CI_COMMIT_SHA,
            details: pick(env, {
                project: 'CI_PROJECT_PATH',
                pipelineId: 'CI_PIPELINE_ID',
                jobId: 'CI_JOB_ID',
                ref: 'CI_COMMIT_REF_NAME'
            })
        };
    if (env.TF_BUILD?.toLowerCase() === 'true') {
        const { SYSTEM_COLLECTIONURI: collection, SYSTEM_TEAMPROJECT: project, BUILD_BUILDID: build } = env;
        return {
            system: 'azure-pipelines',
            url: collection && project && build
                ? `${collection.replace(/\/?$/, '/')}${encodeURIComponent(project)}/_build/results?buildId=${build}`
                : undefined,
            commit: env.BUILD_SOURCEVERSION,
            details: pick(env, {
                project: 'SYSTEM_TEAMPROJECT',
                buildId: 'BUILD_BUILDID',
                definition: 'BUILD_DEFINITIONNAME'
            })
        };
    }
    if (env.BITBUCKET_BUILD_NUMBER) {
        const origin = env.BITBUCKET_GIT_HTTP_ORIGIN;
        return {
            system: 'bitbucket-pipelines',
            url: origin ? `${origin}/pipelines/results/${env.BITBUCKET_BUILD_NUMBER}` : undefined,
            commit: env.BITBUCKET_COMMIT,
            details: pick(env, { repository: 'BITBUCKET_REPO_FULL_NAME', buildNumber: 'BITBUCKET_BUILD_NUMBER' })
        };
    }
    if (env.JENKINS_URL || env.BUILD_URL)
        return {
            system: 'jenkins',
            url: env.BUILD_URL,
            commit: env.GIT_COMMIT,
            details: pick(env, { job: 'JOB_NAME', buildNumber: 'BUILD_NUMBER' })
        };
    return { system: 'unknown' };
}

;// CONCATENATED MODULE: ./src/core/receipt/recipients.ts
// The recipients as a receipt names them: pseudonymised by default (an archive of receipts is
// not a list of a company's customers), in clear only when asked for. With a secret key the
// pseudonyms are the same in every receipt (an auditor holding the key can look an address up);
// without one a random salt of this receipt, stored in it, still lets anyone who knows an
// address check whether it was a recipient, but not list them.

/** One address's pseudonym: HMAC-SHA256 of the address in lower case, as hex. */
function pseudonym(address, key) {
    return (0,external_node_crypto_namespaceObject.createHmac)('sha256', key).update(address.trim().toLowerCase()).digest('hex');
}
function recipientsInReceipt(recipients, options) {
    if (options.clear)
        return { form: 'clear', ...recipients };
    const key = options.key ?? (0,external_node_crypto_namespaceObject.randomBytes)(16);
    const map = (list) => list.map((address) => pseudonym(address, key));
    const hashed = { to: map(recipients.to), cc: map(recipients.cc), bcc: map(recipients.bcc) };
    return options.key
        ? { form: 'hmac-sha256', keyed: true, ...hashed }
        : { form: 'hmac-sha256', keyed: false, salt: key.toString('hex'), ...hashed };
}

;// CONCATENATED MODULE: ./src/core/receipt/statement.ts
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The files as in-toto subjects: the name the recipients see, every digest known. */
function subjects(files) {
    return files.map((file) => ({
        name: file.name,
        digest: { sha256: file.sha256, ...(file.sha512 ? { sha512: file.sha512 } : {}) }
    }));
}
function statement(files, predicateType, predicate) {
    return { _type: STATEMENT_TYPE, subject: subjects(files), predicateType, predicate };
}
/** A statement as the file it is written to: indented JSON, one trailing newline. */
function statementText(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/core/receipt/delivery-receipt.ts




/** The predicate's type: this project's receipt, version 1 (its JSON Schema: schemas/delivery-receipt-v1.schema.json). */
const DELIVERY_RECEIPT_TYPE = 'https://github.com/cryptshare-ci/cryptshare-ci/delivery-receipt/v1';
/** The receipt of a delivery that created a transfer (or may have); undefined when none was created. */
function deliveryReceipt(outcome, context) {
    const { result } = outcome;
    if (!result?.trackingId || result.dryRun)
        return undefined;
    const receiptOutcome = outcomeOf(outcome);
    if (!receiptOutcome)
        return undefined;
    const { settings } = context;
    return statement(result.files, DELIVERY_RECEIPT_TYPE, {
        outcome: receiptOutcome,
        trackingId: result.trackingId,
        ...(result.state ? { state: result.state } : {}),
        removedFiles: result.removedFiles,
        addedFiles: result.addedFiles ?? [],
        server: { url: settings.serverUrl, ...(context.apiVersion ? { apiVersion: context.apiVersion } : {}) },
        sender: settings.senderEmail,
        recipients: recipientsInReceipt(settings.recipients, {
            clear: settings.receipt.clearRecipients,
            key: settings.receipt.recipientHashKey
        }),
        ...(settings.subject ? { notificationSubject: settings.subject } : {}),
        ...(result.expirationDate ? { expirationDate: result.expirationDate } : {}),
        passwordMode: settings.passwordMode,
        policy: result.policyLimits ?? {},
        timestamps: { ...result.timeline, receiptWritten: new Date(context.now).toISOString() },
        ci: ciRun(context.env),
        tool: { name: 'cryptshare-ci', version: VERSION, frontEnd: context.frontEnd }
    });
}
function outcomeOf({ status, result }) {
    if (status === 'uncertain')
        return 'uncertain';
    if (!result?.state)
        return undefined;
    if (result.state === 'FAILED')
        return 'failed';
    if (result.removedFiles.length)
        return 'partly-delivered';
    if (status === 'delivered')
        return 'delivered';
    // A transfer that exists but did not end as asked (e.g. still PROCESSING past the timeout).
    return status === 'failed' ? 'failed' : undefined;
}

;// CONCATENATED MODULE: ./src/core/commands/deliver.ts













/** The key of a single delivery in a state file. */
const SINGLE = 'delivery';
async function runDelivery(request, host) {
    let connection;
    let versionAsked;
    const opened = (settings) => {
        connection = connection_openConnection(settings, host);
        // Asked beside the delivery's first requests rather than after its last: one round trip fewer at the end.
        if (!settings.dryRun)
            versionAsked = apiVersion(connection, host);
        return connection;
    };
    try {
        const outcome = await delivery(request, host, opened);
        const receipt = deliveryReceipt(outcome, {
            settings: request.settings,
            env: host.env,
            now: (host.clock ?? systemClock).now(),
            frontEnd: request.frontEnd,
            apiVersion: outcome.result?.trackingId ? await versionAsked : undefined
        });
        return receipt ? { ...outcome, receipt } : outcome;
    }
    finally {
        connection?.close();
    }
}
/** The server's API version for the receipt: asked once, briefly; unknown on a server older than 1.13 (never fails). */
async function apiVersion(connection, host) {
    if (host.signal.aborted)
        return undefined;
    try {
        // Retried quietly: it goes beside the verification, whose retries tell the story of a bad connection.
        const quiet = connection.client.withHeldRetryNotices().client;
        return apiVersionOf(await quiet.serverStatus({ timeoutMs: 5000 }));
    }
    catch (error) {
        host.debug(`The server's API version is not known (GET /api/status: ${error.message}).`);
        return undefined;
    }
}
async function delivery(request, host, open) {
    const { settings } = request;
    let remember = () => Promise.resolve();
    try {
        const files = await checkedFiles(settings, host, request.ownFiles);
        if (!files)
            return outcome('nothing-sent', { cancelled: host.signal.aborted });
        if (request.stateFile) {
            const file = request.stateFile;
            const state = await readRunState(file);
            const signature = await deliverySignature(settings.recipients, files);
            const earlier = state.deliveries[SINGLE];
            if (earlier?.signature === signature && !settings.deliverAgain)
                return outcome('delivered', {
                    cancelled: host.signal.aborted,
                    result: recordedResult(earlier),
                    level: 'warning',
                    message: `Delivered by an earlier attempt as transfer ${earlier.trackingId} (recorded in the state file ${file}): not sent again; its password and download URLs cannot be published again.`
                });
            // A transfer that exists is recorded, also when something failed after finalize: a re-run must not send it again.
            remember = async (result) => {
                const made = result && recorded(result, signature, Date.now());
                if (!made)
                    return;
                state.deliveries[SINGLE] = made;
                await writeRunState(file, state).catch((error) => host.warning(`Could not write the state file ${file}: ${error.message}. A re-run may send the files again.`));
            };
        }
        const result = await deliver(open(settings).client, deliveryOptions(settings, files, {
            finalizeConfirmMs: tuning(host.env).finalizeConfirmMs,
            lookForEarlierDelivery: request.rerun && !settings.deliverAgain
        }), host, host.signal, host.clock);
        await remember(result);
        return judged(result, settings, host);
    }
    catch (error) {
        const failure = failedDelivery(error, host.signal.aborted);
        await remember(failure.result);
        return failure;
    }
}
/**
 * The files a delivery sends, with every check that needs no server: the selection, the names of
 * added checksum files, the attestation gate. Undefined when nothing matched and that is allowed.
 */
async function checkedFiles(settings, host, ownFiles) {
    const { files } = await selectFiles(settings, host, host.naming, ownFiles);
    if (!files)
        return undefined;
    if (settings.checksumFiles.include)
        assertNoChecksumFileClash(files, settings.checksumFiles.algorithms, host.naming);
    if (settings.attestationPatterns.length)
        await requireAttestation(files, settings.attestationPatterns, settings.workspace, host, host.naming);
    return files;
}
/**
 * A transfer that was sent is judged by its state and removed files. A cancel that came once it
 * was sent does not undo it (a CI retry on a failure would send the files again).
 */
function judged(result, settings, host) {
    const cancelled = host.signal.aborted;
    if (result.dryRun)
        return outcome('dry-run', { result, cancelled });
    const { level, message } = verdict(result, settings, host.naming);
    if (level === 'error')
        return outcome('failed', { result, cancelled, failed: true, message, level });
    return outcome('delivered', { result, cancelled, message, level });
}
/** The outcome of a delivery that threw: also for a failure before it started (options that cannot be read). */
function failedDelivery(error, cancelled) {
    if (error instanceof FinalizeSentError) {
        const known = error.result;
        // Finalized (a state was read) is delivered, even when what became of it is not known yet.
        if (cancelled && known.state)
            return outcome('delivered', {
                result: known,
                cancelled,
                level: 'warning',
                message: `Cancelled after transfer ${known.trackingId} was finalized: the files are sent and the recipients notified as configured; it was last seen ${known.state}, and the run did not wait for it to become ACTIVE.`
            });
        if (!known.state)
            return outcome('uncertain', {
                result: known,
                cancelled,
                failed: true,
                message: cancelled
                    ? `Cancelled after finalize was sent for transfer ${known.trackingId}: it may exist; check it on the server before running the delivery again. (${error.message})`
                    : error.message
            });
        return outcome('delivered', { result: known, cancelled, failed: true, message: error.message });
    }
    const failure = classifyFailure(error, cancelled);
    return outcome(failure.kind === 'cancelled' ? 'cancelled' : 'failed', {
        cancelled,
        failed: true,
        usage: failure.kind === 'usage',
        message: failure.message,
        byCancel: failure.byCancel
    });
}
function outcome(status, fields) {
    const failed = fields.failed ?? false;
    return {
        status,
        failed,
        usage: false,
        level: failed ? 'error' : 'info',
        ...fields
    };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/core/host.ts

/** The User-Agent of a front-end: its product name and this tool's version. */
function userAgent(product) {
    return `${product}/${VERSION}`;
}

;// CONCATENATED MODULE: ./src/core/signal-watch.ts
// Cancellation by signal, for both front-ends. SIGHUP (a closed terminal, a dropped SSH session)
// counts as much as SIGINT/SIGTERM. GNU `timeout` and CI agents signal the child and its process
// group, so one request to stop can arrive twice within moments: a repeat within REPEAT_WINDOW_MS
// of the first is that same request; only a later, deliberate one counts as a second.
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const REPEAT_WINDOW_MS = 500;
function watchCancelSignals(handlers, now = Date.now) {
    const controller = new AbortController();
    let first;
    const onSignal = (signal) => {
        if (!first) {
            first = { signal, at: now() };
            handlers.first(signal);
            controller.abort();
            return;
        }
        if (now() - first.at > REPEAT_WINDOW_MS)
            handlers.again(signal);
    };
    for (const name of CANCEL_SIGNALS)
        process.on(name, onSignal);
    return {
        signal: controller.signal,
        received: () => first?.signal,
        dispose: () => {
            for (const name of CANCEL_SIGNALS)
                process.off(name, onSignal);
        }
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts


/** Reads an input the way @actions/core does (INPUT_<NAME>, spaces to `_`, upper case), trimmed. */
function inputs_rawInput(env, name) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** How the action's messages name its inputs. */
const ACTION_NAMING = {
    option: (name) => `Input "${name}"`,
    name: (name) => `"${name}"`,
    setting: (name, value) => `"${name}: ${value}"`,
    missing: (name) => `Input required and not supplied: ${name}. Set "${name}" in the step's "with:" block.`
};
/** Parses and validates every input into one typed object. Throws `InputError` on bad input. */
function readInputs(env = process.env) {
    return readDeliverySettings({ get: (name) => inputs_rawInput(env, name), naming: ACTION_NAMING }, { senderName: 'GitHub Actions', workspace: env.GITHUB_WORKSPACE || process.cwd() });
}
/** Whether this run is a re-run of the job (`GITHUB_RUN_ATTEMPT` > 1): an earlier attempt may have delivered. */
function isRerunAttempt(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '');
    return Number.isInteger(attempt) && attempt > 1;
}

;// CONCATENATED MODULE: ./src/action/host.ts






/** How the core's messages reach the runner's log: escaped, so no text can start a runner command. */
function host_actionHost(signal) {
    return {
        signal,
        env: process.env,
        userAgent: userAgent('cryptshare-github-action'),
        info: (message) => info((0,log_text/* logText */.kc)(message)),
        warning: (message) => warning((0,log_text/* escapeControls */.UN)(message)),
        debug: (message) => debug((0,log_text/* escapeControls */.UN)(message)),
        notice: (message) => notice((0,log_text/* escapeControls */.UN)(message)),
        secret: (value) => setSecret(value),
        naming: ACTION_NAMING
    };
}
/** Masks every secret input before anything can print it, even before validation. */
function maskSecretInputs() {
    for (const name of option_table/* SECRET_OPTIONS */.C) {
        const value = inputs_rawInput(process.env, name);
        if (value)
            setSecret(value);
    }
}
/**
 * Aborts `signal` on SIGINT/SIGTERM/SIGHUP (the runner's cancellation, a lost terminal of a
 * self-hosted runner) with a warning, until `dispose`. The clean-up always runs (the post step
 * backs it up), so a further signal only says so; one within moments of the first is the same.
 */
function cancelOnSignals(what) {
    const watch = watchCancelSignals({
        first: (signal) => warning(`Received ${signal}: cancelling ${what}.`),
        again: (signal) => warning(`Received ${signal} again: still cancelling ${what}, the clean-up continues.`)
    });
    return { signal: watch.signal, dispose: watch.dispose };
}

// EXTERNAL MODULE: ./src/core/manifest/fields.ts
var fields = __nccwpck_require__(4300);
;// CONCATENATED MODULE: ./src/core/manifest/entry-settings.ts



/** How messages name a field of an entry (the run's own options as the front-end names them). */
function entryNaming(entry, run) {
    const ofRun = (name) => fields/* RUN_ONLY */.v9.includes(name);
    return {
        option: (name) => (ofRun(name) ? run.option(name) : `Field "${name}" of delivery "${entry}" in the manifest`),
        name: (name) => (ofRun(name) ? run.name(name) : `"${name}" (delivery "${entry}")`),
        setting: (name, value) => (ofRun(name) ? run.setting(name, value) : `"${name}: ${value}" in delivery "${entry}"`),
        missing: (name) => ofRun(name)
            ? run.missing(name)
            : `Delivery "${entry}" in the manifest has no "${name}": add it to the entry (or to the top, for every entry).`
    };
}
function entrySettings(manifest, entry, run, frontEnd, env) {
    const values = { ...manifest.defaults, ...entry.values };
    values.files = [manifest.defaults.files, entry.values.files].filter(Boolean).join('\n');
    const naming = entryNaming(entry.name, run.naming);
    let password = '';
    if (values['password-env']) {
        const variable = values['password-env'];
        password = env[variable] ?? '';
        if (!password)
            throw new option_values/* InputError */.dz(`${naming.option('password-env')} names the environment variable ${variable}, which is not set or empty.`);
    }
    const source = {
        naming,
        get: (name) => fields/* RUN_ONLY */.v9.includes(name)
            ? name === 'password'
                ? password
                : run.get(name)
            : (values[name] ?? '')
    };
    return readDeliverySettings(source, frontEnd);
}

;// CONCATENATED MODULE: ./src/core/commands/deliver-many.ts
// Many deliveries in one run, from a manifest: every entry read and checked, every policy asked,
// before anything is created; then one verification for the whole run and the transfers with
// bounded parallelism, each with every guarantee a single delivery has. One entry's failure
// does not stop the others (unless fail-fast); each is reported as exactly what happened.


















async function runManifest(request, host) {
    let connection;
    try {
        const read = optionReader(request.run);
        const manifestPath = external_node_path_namespaceObject.resolve(request.frontEnd.workspace, read.required('manifest'));
        assertNoSingleDeliveryInputs(request.run);
        const manifest = await load(manifestPath);
        const planned = await plan(manifest, request, host);
        const state = request.stateFile ? await readRunState(request.stateFile) : undefined;
        if (state)
            await matchEarlier(planned, state, host);
        const [first] = planned;
        connection = connection_openConnection(first.settings, host);
        const client = connection.client;
        const sending = planned.filter((entry) => entry.files && !entry.earlier);
        // One verification for the whole run: every entry reuses its token (renewed as the server asks).
        const token = sending.length ? await verifySender(client, first.settings, host) : '';
        let saving = Promise.resolve();
        const record = (entry, result) => {
            const made = state && result && entry.signature ? recorded(result, entry.signature, Date.now()) : undefined;
            if (!state || !made || !request.stateFile)
                return saving;
            state.deliveries[entry.name] = made;
            const file = request.stateFile;
            saving = saving.then(() => writeRunState(file, state).catch((error) => host.warning(`Could not write the state file ${file}: ${error.message}. A re-run may send "${entry.name}" again.`)));
            return saving;
        };
        for (const entry of sending) {
            await preflight(client, options(entry, token, request, host), entryHost(entry.name, host)).catch((error) => {
                throw new errors_DeliveryError('preflight', `Delivery "${entry.name}": ${errors_labelledError('preflight', error).message} Nothing was sent to any delivery.`, error);
            });
        }
        if (first.settings.dryRun) {
            host.info(`Dry run of ${planned.length} deliveries: nothing was created on the server.`);
            return {
                status: 'dry-run',
                failed: false,
                usage: false,
                cancelled: false,
                entries: planned.map((entry) => dryRun(entry))
            };
        }
        const concurrency = read.integer('delivery-concurrency');
        const failFast = read.bool('fail-fast');
        let stop = false;
        const entries = await inParallel(planned, concurrency, async (entry) => {
            if (!entry.files)
                return entryOutcome(entry.name, {
                    status: 'nothing-sent',
                    failed: false,
                    usage: false,
                    cancelled: false,
                    level: 'info'
                });
            if (entry.earlier)
                return entryOutcome(entry.name, {
                    status: 'delivered',
                    failed: false,
                    usage: false,
                    cancelled: false,
                    level: 'warning',
                    result: recordedResult(entry.earlier),
                    message: `Delivered by an earlier attempt as transfer ${entry.earlier.trackingId} (recorded in the state file): not sent again; its password and download URLs cannot be published again.`
                });
            if (stop || host.signal.aborted)
                return entryOutcome(entry.name, {
                    ...failedDelivery(new Error('skipped'), host.signal.aborted),
                    message: host.signal.aborted
                        ? 'Not started: the run was cancelled. Nothing was sent.'
                        : 'Not started: an earlier delivery failed and fail-fast is set. Nothing was sent.',
                    skipped: true
                });
            let outcome;
            try {
                const result = await deliver(client, options(entry, token, request, host), entryHost(entry.name, host), host.signal, host.clock);
                outcome = judged(result, entry.settings, entryHost(entry.name, host));
            }
            catch (error) {
                outcome = failedDelivery(error, host.signal.aborted);
            }
            if (outcome.failed && failFast)
                stop = true;
            await record(entry, outcome.result);
            const receipt = deliveryReceipt(outcome, {
                settings: entry.settings,
                env: host.env,
                now: (host.clock ?? systemClock).now(),
                frontEnd: request.frontEndName
            });
            return entryOutcome(entry.name, receipt ? { ...outcome, receipt } : outcome);
        });
        const failed = entries.some((entry) => entry.failed);
        return {
            status: host.signal.aborted && failed ? 'cancelled' : failed ? 'failed' : 'delivered',
            failed,
            usage: false,
            cancelled: host.signal.aborted,
            entries
        };
    }
    catch (error) {
        const failure = classifyFailure(error, host.signal.aborted);
        return {
            status: failure.kind === 'cancelled' ? 'cancelled' : 'failed',
            failed: true,
            usage: failure.kind === 'usage',
            cancelled: host.signal.aborted,
            message: failure.message,
            entries: []
        };
    }
    finally {
        connection?.close();
    }
}
/** Marks the entries an earlier attempt made (same name, recipients and file digests). */
async function matchEarlier(planned, state, host) {
    for (const entry of planned) {
        if (!entry.files)
            continue;
        entry.signature = await deliverySignature(entry.settings.recipients, entry.files);
        const earlier = state.deliveries[entry.name];
        if (earlier?.signature === entry.signature && !entry.settings.deliverAgain) {
            entry.earlier = earlier;
            host.notice(`Delivery "${entry.name}" was made by an earlier attempt (transfer ${earlier.trackingId}): it is not sent again.`);
        }
        else if (earlier)
            host.info(`Delivery "${entry.name}" changed since the earlier attempt recorded transfer ${earlier.trackingId} (recipients or files): it is sent.`);
    }
}
/** With a manifest, the deliveries' settings come from it: a single delivery's input is a mistake. */
function assertNoSingleDeliveryInputs(run) {
    for (const name of ['recipients', 'cc', 'bcc', 'files'])
        if (run.get(name).trim())
            throw new option_values/* InputError */.dz(`${run.naming.option(name)} is set, but with ${run.naming.name('manifest')} each delivery's ${name} come from the manifest: move it there (the top's "files" go to every delivery).`);
}
async function load(file) {
    const text = await external_node_fs_namespaceObject.promises.readFile(file, 'utf8').catch((error) => {
        throw new option_values/* InputError */.dz(`The manifest ${file} cannot be read: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`);
    });
    // Loaded here, not at start-up: the YAML parser is a quarter of the bundle, and only a manifest needs it.
    const { readManifest } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 8255));
    return readManifest(text, file);
}
/** Every entry's settings and files, each checked before anything is contacted. */
async function plan(manifest, request, host) {
    const planned = [];
    for (const entry of manifest.entries) {
        const settings = entrySettings(manifest, entry, request.run, request.frontEnd, host.env);
        const files = await checkedFiles(settings, entryHost(entry.name, host), request.ownFiles);
        planned.push({ name: entry.name, settings, files });
    }
    for (const entry of planned)
        host.info(`Delivery "${entry.name}": ${entry.files ? `${entry.files.length} file(s), ${humanSize(totalSize(entry.files))},` : 'no files (nothing to send)'} to ${[...entry.settings.recipients.to, ...entry.settings.recipients.cc, ...entry.settings.recipients.bcc].join(', ')}.`);
    return planned;
}
function options(entry, token, request, host) {
    return deliveryOptions({ ...entry.settings, verificationToken: token }, entry.files ?? [], {
        finalizeConfirmMs: tuning(host.env).finalizeConfirmMs,
        lookForEarlierDelivery: request.rerun && !entry.settings.deliverAgain
    });
}
/** The host as one entry's deliveries see it: options named as fields of that entry. */
function entryHost(name, host) {
    return { ...host, naming: entryNaming(name, host.naming) };
}
function dryRun(entry) {
    const result = { dryRun: true, downloadUrls: [], files: [], removedFiles: [] };
    return entryOutcome(entry.name, {
        status: entry.files ? 'dry-run' : 'nothing-sent',
        failed: false,
        usage: false,
        cancelled: false,
        level: 'info',
        result: {
            ...result,
            files: (entry.files ?? []).map((file) => ({
                name: file.name,
                path: file.relativePath,
                size: file.size,
                sha256: ''
            }))
        }
    });
}
function entryOutcome(name, outcome) {
    return { name, ...outcome };
}

;// CONCATENATED MODULE: ./src/core/summary/dates.ts
// Dates as people read them in a summary ("3 January 2027", "4 Dec 2026 14:03 UTC", "in 30 days");
// JSON outputs keep the server's ISO text. A date that cannot be read is shown as the server wrote it.
const DAY_MS = 86_400_000;
// Written out rather than by Intl.DateTimeFormat, whose first use loads locale data (about 12 ms
// at every start when the formatters were made at load) and whose short month names change with
// the ICU version; these are en-GB's.
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const SHORT_MONTHS = (/* unused pure expression or super */ null && (['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']));
/** "3 January 2027" (UTC). */
function longDate(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return iso;
    const date = new Date(time);
    return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
/** "4 Dec 2026 14:03 UTC". */
function dateTime(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return iso;
    const date = new Date(time);
    const two = (n) => String(n).padStart(2, '0');
    return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
/** How far a date is from now, in words: "today", "tomorrow", "in 30 days", "2 days ago"; undefined if unreadable. */
function fromNow(iso, now) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return undefined;
    const days = Math.round((startOfDay(time) - startOfDay(now)) / DAY_MS);
    if (days === 0)
        return 'today';
    if (days === 1)
        return 'tomorrow';
    if (days === -1)
        return 'yesterday';
    return days > 0 ? `in ${days} days` : `${-days} days ago`;
}
/** "expires in 30 days, on 3 January 2027"; "expires today, on …"; "expiry set by the server" without a date. */
function expiry(iso, now) {
    if (!iso)
        return 'expiry as the server sets it';
    const words = fromNow(iso, now);
    return words ? `expires ${words}, on ${longDate(iso)}` : `expires ${iso}`;
}
function startOfDay(time) {
    return Math.floor(time / DAY_MS) * DAY_MS;
}

;// CONCATENATED MODULE: ./src/core/summary/markdown.ts
// The pieces of a Markdown summary (a GitHub job summary, a GitLab note, a release description).
// Every text that comes from a file name, an option or the server goes through `text` or `code`:
// it can neither break a table nor inject HTML, Markdown or a line of its own.

/** Characters that mean something in Markdown or HTML, written as numeric character references. */
const MARKUP = /[&<>"'|`*_[\]\\~]/g;
/** Plain text, safe anywhere in a Markdown line or a table cell. */
function markdown_text(value) {
    return (0,log_text/* escapeControls */.UN)(value).replace(MARKUP, (c) => `&#${c.charCodeAt(0)};`);
}
/** Monospace text (a tracking id, a digest), as escaped as `text`. */
function code(value) {
    return `<code>${markdown_text(value)}</code>`;
}
/** A table: the cells are already escaped (built with `text`/`code`). */
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** The bytes one table row adds to the summary. */
function rowBytes(cells) {
    return Buffer.byteLength(`| ${cells.join(' | ')} |\n`);
}
/** "1 file", "3 files". */
function count(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}

;// CONCATENATED MODULE: ./src/core/summary/delivery.ts



function deliverySummary(outcome, context) {
    const { result } = outcome;
    const files = result?.files ?? [];
    const rows = fileRows(outcome, context.maxFileRowBytes ?? Infinity);
    const parts = [verdictLine(outcome, context)];
    const facts = result ? factRows(result, context) : [];
    if (facts.length)
        parts.push(table(['', ''], facts));
    if (rows.length)
        parts.push(table(['File', 'Size', 'SHA-256', 'Status'], rows));
    return { markdown: `${parts.join('\n\n')}\n`, filesShown: rows.length, filesTotal: files.length };
}
/** The first line: what happened, for whom, until when, in words. */
function verdictLine(outcome, context) {
    const { status, result, message } = outcome;
    const why = message ? ` ${markdown_text(sentence(message))}` : '';
    const transfer = result?.trackingId ? ` transfer ${code(result.trackingId)}` : '';
    const to = recipientCount(context.recipients);
    switch (status) {
        case 'dry-run':
            return `🧪 **Dry run: nothing was sent.** The sender is verified and the server's policy allows ${count(result?.files.length ?? 0, 'file')}${to ? ` to ${to}` : ''}.`;
        case 'nothing-sent':
            return `➖ **Nothing delivered: no file matched the pattern.** Nothing was sent.`;
        case 'cancelled':
            return `⏹️ **Not delivered: the run was cancelled before anything was sent.**${why}`;
        case 'uncertain':
            return `❓ **Delivery uncertain:** finalize was sent for${transfer}, but whether the server made it a transfer is not known. Check${transfer || ' it'} on the server before running the delivery again.${why}`;
        case 'failed':
            if (!result?.state)
                return `❌ **Not delivered.**${why}${/nothing was sent/i.test(why) ? '' : ' Nothing was sent.'}`;
            if (result.state === 'FAILED')
                return `❌ **Not delivered:** the server could not process any file of${transfer} (state FAILED); nothing can be downloaded.${removedInWords(result)}`;
            if (result.removedFiles.length)
                return partly(result, to, context);
            return `⚠️ **Sent, but not available yet:**${transfer} is ${markdown_text(result.state)}.${why}`;
        case 'delivered':
            if (!result)
                return `✅ **Delivered.**`;
            if (result.removedFiles.length)
                return partly(result, to, context);
            if (outcome.failed)
                return `⚠️ **Sent as${transfer}, but the run did not end cleanly.**${why}`;
            if (result.state !== 'ACTIVE')
                return `✅ **Sent**${to ? ` to ${to}` : ''} as${transfer}, ${markdown_text(result.state ?? 'state unknown')}: the server is still checking the files and notifies the recipients once it is ACTIVE; ${expiry(result.expirationDate, context.now)}.`;
            return `✅ **Delivered** ${count(result.files.length, 'file')}${to ? ` to ${to}` : ''} as${transfer}; ${expiry(result.expirationDate, context.now)}.`;
    }
}
function partly(result, to, context) {
    const kept = result.files.length - result.removedFiles.length;
    return `⚠️ **Partly delivered:** ${count(Math.max(kept, 0), 'file')}${to ? ` to ${to}` : ''} as transfer ${code(result.trackingId ?? '')}; ${expiry(result.expirationDate, context.now)}.${removedInWords(result)}`;
}
function removedInWords(result) {
    if (!result.removedFiles.length)
        return '';
    const each = result.removedFiles.map((f) => `${markdown_text(f.name)} (${removalCause(f.cause)})`);
    return ` The server removed ${each.join(', ')}.`;
}
/** A removal cause the server gives, in words, with its own code. */
function removalCause(cause) {
    const words = /checksum/i.test(cause)
        ? 'its checksum did not match what was sent: something between here and the server altered the upload'
        : /virus|malware|infect/i.test(cause)
            ? 'a virus scan on the server rejected it'
            : "rejected by the server's pre-processing, e.g. a virus scan";
    return `${words}; ${code(cause)}`;
}
function factRows(result, context) {
    const rows = [];
    if (result.trackingId)
        rows.push(['Tracking id', code(result.trackingId)]);
    if (result.state)
        rows.push(['State', markdown_text(result.state)]);
    if (result.expirationDate)
        rows.push(['Expires', `${markdown_text(longDate(result.expirationDate))} (${markdown_text(result.expirationDate)})`]);
    const who = recipientList(context.recipients);
    if (who)
        rows.push(['Recipients', who]);
    return rows;
}
function fileRows(outcome, maxBytes) {
    const result = outcome.result;
    if (!result)
        return [];
    const removed = new Map(result.removedFiles.map((f) => [f.name, f.cause]));
    const rows = [];
    let bytes = 0;
    for (const file of result.files) {
        const row = fileRow(file, fileStatus(outcome, removed.get(file.name)));
        bytes += rowBytes(row);
        if (bytes > maxBytes)
            break;
        rows.push(row);
    }
    return rows;
}
function fileRow(file, status) {
    const size = humanSize(file.size);
    const exact = file.size < 1024 ? '' : ` (${file.size.toLocaleString('en-US')} bytes)`;
    return [markdown_text(file.name), `${markdown_text(size)}${exact}`, code(file.sha256), status];
}
function fileStatus({ status, result }, removedCause) {
    if (removedCause !== undefined)
        return `removed: ${removalCause(removedCause)}`;
    if (status === 'dry-run')
        return 'checked, not sent';
    if (status === 'uncertain')
        return 'uploaded; transfer not confirmed';
    if (!result?.state)
        return 'not sent';
    return result.state === 'ACTIVE' ? 'delivered' : `sent (${markdown_text(result.state)})`;
}
function recipientCount(recipients) {
    if (!recipients)
        return '';
    return count(recipients.to.length + recipients.cc.length + recipients.bcc.length, 'recipient');
}
function recipientList(recipients) {
    if (!recipients)
        return '';
    return [
        ...recipients.to.map((r) => `${markdown_text(r)} (to)`),
        ...recipients.cc.map((r) => `${markdown_text(r)} (cc)`),
        ...recipients.bcc.map((r) => `${markdown_text(r)} (bcc)`)
    ].join(', ');
}
/** A message as a sentence: ends with a full stop. */
function sentence(message) {
    return /[.!?]$/.test(message) ? message : `${message}.`;
}

;// CONCATENATED MODULE: ./src/core/summary/manifest.ts


function manifestSummary(outcome, now) {
    const { entries } = outcome;
    if (!entries.length)
        return `❌ **Not delivered.** ${markdown_text(outcome.message ?? 'The run failed.')}${/nothing was sent/i.test(outcome.message ?? '') ? '' : ' Nothing was sent.'}\n`;
    const done = entries.filter((e) => !e.failed && e.status === 'delivered').length;
    const failed = entries.filter((e) => e.failed);
    const line = outcome.status === 'dry-run'
        ? `🧪 **Dry run of ${count(entries.length, 'delivery', 'deliveries')}: nothing was sent.** Every entry's files, recipients and policy are checked.`
        : failed.length
            ? `⚠️ **${done} of ${count(entries.length, 'delivery', 'deliveries')} delivered**; not delivered or uncertain: ${failed.map((e) => markdown_text(e.name)).join(', ')}.`
            : `✅ **Delivered all ${count(entries.length, 'delivery', 'deliveries')}.**`;
    const rows = entries.map((entry) => [
        markdown_text(entry.name),
        entry.result?.trackingId ? code(entry.result.trackingId) : '',
        String(entry.result?.files.length ?? 0),
        verdictLine(entry, { now })
    ]);
    return `${line}\n\n${table(['Delivery', 'Tracking id', 'Files', 'Verdict'], rows)}\n`;
}
/** Name → what became of that delivery; no password, token or download URL. */
function deliveriesMap(outcome) {
    return Object.fromEntries(outcome.entries.map((entry) => [
        entry.name,
        {
            status: entry.skipped ? 'skipped' : entry.status,
            ...(entry.result?.trackingId ? { trackingId: entry.result.trackingId } : {}),
            ...(entry.result?.state ? { state: entry.result.state } : {}),
            ...(entry.result?.expirationDate ? { expirationDate: entry.result.expirationDate } : {}),
            files: (entry.result?.files ?? []).map(({ name, path, size, sha256 }) => ({ name, path, size, sha256 })),
            removedFiles: entry.result?.removedFiles ?? [],
            ...(entry.failed && entry.message ? { error: entry.message } : {})
        }
    ]));
}
/** Name → the secrets of that delivery (for a masked output or a 0600 file only). */
function deliverySecrets(outcome) {
    return Object.fromEntries(outcome.entries
        .filter((entry) => entry.result?.trackingId)
        .map((entry) => [
        entry.name,
        {
            ...(entry.result?.password ? { password: entry.result.password } : {}),
            downloadUrls: entry.result?.downloadUrls ?? []
        }
    ]));
}
/** The run's one error line: the reason it stopped, or which deliveries failed. */
function manifestError(outcome) {
    if (!outcome.failed)
        return undefined;
    if (!outcome.entries.length)
        return outcome.message ?? 'The run failed.';
    const failed = outcome.entries.filter((e) => e.failed);
    return `${failed.length} of ${outcome.entries.length} deliveries did not deliver: ${failed.map((e) => `"${e.name}" (${e.message ?? e.status})`).join('; ')}`;
}

;// CONCATENATED MODULE: ./src/action/outputs.ts
// The main step's outputs, kept within GitHub's limits: an output over 1 MB fails the job's
// output handling, so a long `files` list is cut (whole entries) and the full list goes to a file
// outside the workspace, named by the `files-list` output.







/** GitHub refuses an output over 1 MB; the `files` output stays this far below it. */
const FILES_OUTPUT_MAX_BYTES = 750_000;
/** Where the full `files` list is written: the runner's temporary folder, outside the workspace. */
function filesListPath(env = process.env) {
    return external_node_path_namespaceObject.join(env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(), `cryptshare-files-${(0,external_node_crypto_namespaceObject.randomUUID)()}.json`);
}
/** Where the checksum files go: a folder of their own in the runner's temporary folder, outside the workspace. */
function checksumsPath(env = process.env) {
    return external_node_path_namespaceObject.join(env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(), `cryptshare-checksums-${(0,external_node_crypto_namespaceObject.randomUUID)()}`);
}
/** Where the delivery receipt goes: the runner's temporary folder, outside the workspace. */
function receiptPath(env = process.env) {
    return external_node_path_namespaceObject.join(env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(), `cryptshare-receipt-${(0,external_node_crypto_namespaceObject.randomUUID)()}.intoto.json`);
}
/** Every file the main step writes; none of them may be delivered. */
function actionOwnFiles({ filesList, checksumsFolder, receipt }, env = process.env) {
    const own = [{ path: filesList, by: 'the "files-list" output' }];
    if (receipt)
        own.push({ path: receipt, by: 'the "receipt-path" output' });
    if (checksumsFolder)
        for (const file of checksumFilePaths(checksumsFolder))
            own.push({ path: file, by: 'the "checksums-path" output' });
    for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
        const file = env[name];
        if (file)
            own.push({ path: file, by: name });
    }
    return own;
}
/** The longest prefix of `items` whose JSON array is at most `maxBytes` (UTF-8). */
function jsonPrefix(items, maxBytes) {
    let bytes = 2;
    let count = 0;
    for (const item of items) {
        const next = Buffer.byteLength(JSON.stringify(item)) + (count ? 1 : 0);
        if (bytes + next > maxBytes)
            break;
        bytes += next;
        count++;
    }
    return { json: JSON.stringify(items.slice(0, count)), count };
}
/** Sets the `files` output (cut to fit) and `files-list` (the full list, written to `filesList`). */
function publishFiles(files, filesList) {
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(filesList, JSON.stringify(files));
        setOutput('files-list', filesList);
    }
    catch (error) {
        setOutput('files-list', '');
        warning((0,log_text/* escapeControls */.UN)(`Could not write the full file list to ${filesList}: ${error.message}.`));
    }
    const { json, count } = jsonPrefix(files, FILES_OUTPUT_MAX_BYTES);
    setOutput('files', json);
    if (count < files.length) {
        warning((0,log_text/* escapeControls */.UN)(`The "files" output lists the first ${count} of ${files.length} files (GitHub limits an output to 1 MB); every file is listed in ${filesList} (the "files-list" output).`));
    }
}

;// CONCATENATED MODULE: ./src/action/summary.ts
// The job summaries: the core writes the Markdown, this file appends it to GITHUB_STEP_SUMMARY
// (nothing without it) and says when GitHub's 1 MiB limit left files out.





/** The file table's share of the job summary: GitHub drops a summary over 1 MiB (1,048,576 bytes). */
const SUMMARY_FILE_ROWS_MAX_BYTES = 700_000;
/** The delivery's summary: its verdict first, then the transfer and the files (as many as fit; all are in `filesList`). */
async function writeDeliverySummary(outcome, recipients, filesList, receiptPath = '') {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const summary = deliverySummary(outcome, {
        recipients,
        now: Date.now(),
        maxFileRowBytes: SUMMARY_FILE_ROWS_MAX_BYTES
    });
    let markdown = summary.markdown;
    if (receiptPath)
        markdown += `\nDelivery receipt (an in-toto statement to archive or sign): ${code(receiptPath)}, the "receipt-path" output.\n`;
    const { filesShown: shown, filesTotal: total } = summary;
    if (shown < total) {
        markdown += `\n${total - shown} more file(s) are not shown here (GitHub drops a job summary over 1 MiB); every file is listed in ${markdown_text(filesList)} (the "files-list" output).\n`;
        warning((0,log_text/* escapeControls */.UN)(`The job summary shows the first ${shown} of ${total} files (GitHub drops a summary over 1 MiB); every file is listed in ${filesList} (the "files-list" output).`));
    }
    await appendSummary(markdown);
}
/** Appends Markdown to the job summary, set apart from what earlier steps wrote. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        await (0,promises_namespaceObject.appendFile)(file, `\n${markdown}`);
}

;// CONCATENATED MODULE: ./src/action/manifest-step.ts
// The main step with a manifest: many deliveries in one run. The core decides; this publishes
// the per-delivery map (and the passwords, masked), the receipts, the job summary and the result.













async function runManifestStep() {
    const cancellation = cancelOnSignals('the deliveries');
    let outcome;
    try {
        outcome = await runManifest({
            run: { get: (name) => inputs_rawInput(process.env, name), naming: ACTION_NAMING },
            frontEnd: { senderName: 'GitHub Actions', workspace: process.env.GITHUB_WORKSPACE || process.cwd() },
            frontEndName: 'github-action',
            ownFiles: actionOwnFiles({ filesList: filesListPath() }),
            rerun: isRerunAttempt(process.env)
        }, host_actionHost(cancellation.signal));
    }
    finally {
        cancellation.dispose();
    }
    const deliveries = deliveriesMap(outcome);
    for (const entry of outcome.entries) {
        if (!entry.receipt)
            continue;
        const file = external_node_path_namespaceObject.join(process.env.RUNNER_TEMP || external_node_os_namespaceObject.tmpdir(), `cryptshare-receipt-${entry.name}-${(0,external_node_crypto_namespaceObject.randomUUID)()}.intoto.json`);
        try {
            await (0,promises_namespaceObject.writeFile)(file, statementText(entry.receipt));
            Object.assign(deliveries[entry.name], { receiptPath: file });
        }
        catch (error) {
            warning((0,log_text/* escapeControls */.UN)(`Could not write the receipt of "${entry.name}" to ${file}: ${error.message}.`));
        }
    }
    setOutput('deliveries', JSON.stringify(deliveries));
    // Each password was masked when it became known.
    setOutput('secrets', JSON.stringify(deliverySecrets(outcome)));
    await appendSummary(manifestSummary(outcome, Date.now()));
    const error = manifestError(outcome);
    if (error)
        setFailed((0,log_text/* escapeControls */.UN)(error));
}

;// CONCATENATED MODULE: ./src/core/commands/clean-up.ts
// The post step's decision, after a main step that was killed: delete the session it left
// unfinished, or, once finalize was sent, only read the transfer's state and say it. Never a
// delivery, never a deletion of something that may be a transfer.





/** Retries of the post step's one request: it has little time. */
const CLEAN_UP_RETRIES = 2;
async function clean_up_runCleanUp(left, host) {
    host.secret(left.token);
    if (left.clientId)
        host.secret(left.clientId);
    const connection = openConnection({ apiBase: left.apiBase, clientId: left.clientId, retries: CLEAN_UP_RETRIES }, host);
    const { client } = connection;
    try {
        client.useToken(left.token);
        if (left.stage === 'finalize')
            await reportTransfer(client, left, host);
        else {
            const cleanUp = await deleteUnfinishedSession(client, left.sender, left.trackingId, ' left by the cancelled main step');
            if (cleanUp.outcome === 'failed')
                host.warning(cleanUp.message);
            else
                host.info(cleanUp.message);
        }
    }
    finally {
        connection.close();
    }
}
async function reportTransfer(client, left, host) {
    const id = left.trackingId;
    try {
        const { state } = readTransferStatus(await client.transferStatus(client.transferUrl(left.sender, id)));
        host.info(`Transfer ${id} exists on the server: state ${state || 'unknown'}.`);
    }
    catch (error) {
        if (error instanceof CryptshareError && error.status === 404) {
            host.info(`Transfer ${id} was not found (yet) on the server: finalize was sent, so it may still appear; check it before re-running.`);
            return;
        }
        const why = error instanceof CryptshareError ? explainRequestFailure(error) : error.message;
        host.warning(`Could not read the status of transfer ${id} (finalize was sent, so it may exist): ${why}. Check it on the server before re-running.`);
    }
}

;// CONCATENATED MODULE: ./src/action/post.ts




/** State key of an open (unfinalized) session. */
const SESSION_STATE = 'session';
/** State key of a session whose finalize request was sent while the outcome is not yet published. */
const FINALIZE_STATE = 'finalize';
/**
 * The post step (its own bundle, `dist/post/index.js`). It can only clean up and report: delete
 * the unfinalized session a killed main step left behind, or, when finalize was already sent,
 * read the transfer status once and log it. It never creates, uploads or finalizes anything.
 */
async function run() {
    if (!process.env.GITHUB_STATE) {
        runner.info('Post step: this runner provides no GITHUB_STATE, so the main step saved no state (it would have printed the verification token); nothing to clean up or check.');
        return;
    }
    const finalize = savedState(FINALIZE_STATE);
    const session = savedState(SESSION_STATE);
    // Once finalize was sent, deleting proves nothing and may race the server: only report.
    const target = finalize ?? session;
    if (!target)
        return;
    await runCleanUp({ ...target, clientId: rawInput(process.env, 'client-id'), stage: finalize ? 'finalize' : 'session' }, actionHost(new AbortController().signal));
}
/** A saved session, or undefined when there is none or it is not of the expected shape. */
function savedState(name) {
    const raw = runner.getState(name);
    if (!raw)
        return undefined;
    try {
        const saved = JSON.parse(raw);
        const fields = [saved?.apiBase, saved?.sender, saved?.trackingId, saved?.token];
        if (fields.every((field) => typeof field === 'string' && field))
            return saved;
    }
    catch {
        // fall through
    }
    runner.debug(`Post step: the saved state "${name}" is not a session; ignored.`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/action/main.ts












/** The action's main step: inputs → the delivery command → outputs, summary and the step's result. */
async function main_run() {
    maskSecretInputs();
    if (inputs_rawInput(process.env, 'manifest'))
        return runManifestStep();
    const cancellation = cancelOnSignals('the delivery');
    const files = { filesList: filesListPath(), checksumsFolder: checksumsPath(), receipt: receiptPath() };
    const { filesList } = files;
    let outcome;
    let inputs;
    try {
        inputs = readInputs();
        outcome = await runDelivery({
            settings: inputs,
            ownFiles: actionOwnFiles(files),
            rerun: isRerunAttempt(process.env),
            frontEnd: 'github-action'
        }, { ...host_actionHost(cancellation.signal), ...sessionTracking(inputs) });
    }
    catch (error) {
        // The inputs could not be read: nothing was contacted.
        outcome = failedDelivery(error, false);
    }
    finally {
        cancellation.dispose();
    }
    const { status, result } = outcome;
    if (status === 'nothing-sent')
        publish({ dryRun: false, downloadUrls: [], files: [], removedFiles: [] }, filesList);
    if (result)
        publish(result, filesList);
    setOutput('checksums-path', await checksumFiles(files.checksumsFolder, result, inputs));
    const receipt = await writeReceipt(files.receipt, outcome);
    setOutput('receipt-path', receipt);
    await writeDeliverySummary(outcome, inputs?.recipients, filesList, receipt);
    report(outcome);
}
/** Writes the checksum files of a transfer that exists; returns their folder ('' when none were written). */
async function checksumFiles(folder, result, inputs) {
    if (!inputs)
        return '';
    try {
        const written = await writeDeliveredChecksums(folder, result, inputs.checksumFiles.algorithms);
        if (written.length)
            info((0,log_text/* logText */.kc)(`Checksum files: ${written.join(', ')} (the "checksums-path" output).`));
        return written.length ? folder : '';
    }
    catch (error) {
        warning((0,log_text/* escapeControls */.UN)(`Could not write the checksum files to ${folder}: ${error.message}.`));
        return '';
    }
}
/** Writes the delivery receipt of a transfer that exists; returns its path ('' when there is none). */
async function writeReceipt(file, outcome) {
    if (!outcome.receipt)
        return '';
    try {
        await (0,promises_namespaceObject.writeFile)(file, statementText(outcome.receipt));
        info((0,log_text/* logText */.kc)(`Delivery receipt: ${file} (the "receipt-path" output).`));
        return file;
    }
    catch (error) {
        warning((0,log_text/* escapeControls */.UN)(`Could not write the delivery receipt to ${file}: ${error.message}.`));
        return '';
    }
}
/** The step's result: failed with its one line, or a warning or info line about the transfer. */
function report({ status, failed, cancelled, byCancel, message, level }) {
    if (status === 'cancelled' && byCancel)
        setFailed((0,log_text/* escapeControls */.UN)(`The delivery was cancelled${message ? `: ${message}` : '.'}`));
    // The job is cancelled anyway: what became of a transfer sent before is the step's error line.
    // A failure met while cancelling is said as itself.
    else if (failed || (cancelled && message))
        setFailed((0,log_text/* escapeControls */.UN)(message ?? 'The delivery failed.'));
    else if (message && level === 'warning')
        warning((0,log_text/* escapeControls */.UN)(message));
    else if (message)
        info((0,log_text/* logText */.kc)(message));
}
/** What the post step is told about the session, saved as runner state. */
function sessionTracking(inputs) {
    let sessionToken = '';
    // What the post step is told about: an open session, or a finalize whose outcome is not out yet.
    let saved;
    const save = (name, trackingId) => {
        saved = { name, trackingId };
        const session = {
            apiBase: inputs.apiBase,
            sender: inputs.senderEmail,
            trackingId,
            token: sessionToken
        };
        main_saveState(name, JSON.stringify(session));
    };
    return {
        sessionCreated: (trackingId, token) => {
            sessionToken = token;
            save(SESSION_STATE, trackingId);
        },
        // A renewed token replaces the saved one: the post step may need it.
        tokenRenewed: (token) => {
            sessionToken = token;
            if (saved)
                save(saved.name, saved.trackingId);
        },
        // Once finalize is sent the transfer may exist: the post step must not delete the session,
        // only report the transfer's status.
        finalizeSent: (trackingId) => {
            main_saveState(SESSION_STATE, '');
            save(FINALIZE_STATE, trackingId);
        },
        sessionClosed: (_trackingId, how) => {
            main_saveState(SESSION_STATE, '');
            if (saved?.name === SESSION_STATE)
                saved = undefined;
            // A session deleted after a refused finalize is no transfer: nothing for the post step to report.
            if (how === 'deleted') {
                main_saveState(FINALIZE_STATE, '');
                saved = undefined;
            }
        }
    };
}
/**
 * Saves state for the post step. Without GITHUB_STATE, runner.saveState would fall back to a
 * `::save-state::` command on stdout, printing the verification token: skip it instead.
 */
function main_saveState(name, value) {
    if (process.env.GITHUB_STATE)
        saveState(name, value);
}
function publish(result, filesList) {
    setOutput('tracking-id', result.trackingId ?? '');
    setOutput('state', result.state ?? '');
    setOutput('download-urls', JSON.stringify(result.downloadUrls));
    publishFiles(result.files, filesList);
    setOutput('password', result.password ?? '');
    setOutput('expiration-date', result.expirationDate ?? '');
    // Masked when it became known; for status/revoke in a later step of the same job.
    setOutput('verification-token', result.verificationToken ?? '');
    // The post step reports a transfer only while its outcome is not published.
    if (result.state)
        main_saveState(FINALIZE_STATE, '');
}


/***/ }),

/***/ 9357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* reexport safe */ _http_text_js__WEBPACK_IMPORTED_MODULE_0__.Kg),
/* harmony export */   UN: () => (/* reexport safe */ _http_text_js__WEBPACK_IMPORTED_MODULE_0__.UN),
/* harmony export */   kc: () => (/* binding */ logText)
/* harmony export */ });
/* harmony import */ var _http_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2825);
// Everything the action prints goes through here, so that no file name, server answer or input
// can start a runner command or spread one message over several log lines. The characters that
// are escaped are the one set of src/http/text.ts.


/** Runner command prefixes: GitHub's `::name::` at the start of a line, `##[` and `##vso[` anywhere. */
const LINE_COMMAND = /^(\s*)::/;
const BRACKET_COMMAND = /##(vso)?\[/g;
/**
 * Makes a message safe to print as a plain log line (`core.info`, group titles): control
 * characters escaped, and a runner command prefix neutralised visibly with a backslash
 * (`\::stop-commands::x`, `##\[group]`, `##vso\[task.setvariable]`).
 */
function logText(text) {
    return (0,_http_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(text)
        .replace(LINE_COMMAND, '$1\\::')
        .replace(BRACKET_COMMAND, (prefix) => `${prefix.slice(0, -1)}\\[`);
}


/***/ }),

/***/ 4300:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ ENTRY_FIELDS),
/* harmony export */   v9: () => (/* binding */ RUN_ONLY),
/* harmony export */   yz: () => (/* binding */ DEFAULT_FIELDS)
/* harmony export */ });
/* unused harmony export MANIFEST_FIELDS */
/* harmony import */ var _option_table_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6727);
// Which settings a delivery manifest may hold, and where: the single delivery's option names
// (kebab-case), at the top as defaults for every entry or in an entry. The server, the sender,
// the client id and every secret stay inputs of the run, never in the manifest.

/** Settings of the whole run: inputs (flags), never in the manifest. */
const RUN_ONLY = [
    'server-url',
    'client-id',
    'sender-email',
    'verification-token',
    'password',
    'retries',
    'dry-run',
    'deliver-again',
    'recipient-hash-key',
    'manifest',
    'delivery-concurrency',
    'fail-fast'
];
/** The manifest's own fields, besides the single delivery's options. */
const MANIFEST_FIELDS = {
    'password-env': {
        kind: 'text',
        help: "The environment variable holding this entry's password (password-mode manual): secrets stay out of the manifest"
    }
};
/** The fields the top of a manifest may set for every entry. */
const DEFAULT_FIELDS = Object.fromEntries(Object.entries({ ..._option_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTIONS */ .lw, ...MANIFEST_FIELDS }).filter(([name]) => !RUN_ONLY.includes(name) && name !== 'recipients' && name !== 'password-env'));
/** The fields an entry of `deliveries:` may set: the defaults', its name, its recipients, its password's variable. */
const ENTRY_FIELDS = {
    name: { kind: 'text', required: true, help: 'A unique name of the delivery (its outputs are keyed by it)' },
    ...DEFAULT_FIELDS,
    recipients: _option_table_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTIONS */ .lw.recipients,
    'password-env': MANIFEST_FIELDS['password-env']
};


/***/ }),

/***/ 8255:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   readManifest: () => (/* binding */ readManifest)
/* harmony export */ });
/* unused harmony export MAX_MANIFEST_BYTES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
/* harmony import */ var _http_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2825);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9357);
/* harmony import */ var _option_values_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6369);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4300);
// A delivery manifest read from YAML or JSON, checked field by field before anything else
// happens: every error names the entry and the field. Values become the text an option takes
// (a list of addresses or patterns one per line), so each entry is then read by the same
// reader as a single delivery.





/** The largest manifest read (it is settings, not data). */
const MAX_MANIFEST_BYTES = 1024 * 1024;
function readManifest(text, source) {
    const where = `The manifest ${source}`;
    if (Buffer.byteLength(text) > MAX_MANIFEST_BYTES)
        throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} is over 1 MiB: it holds settings, not data.`);
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: false, uniqueKeys: true });
    if (document.errors.length) {
        const [error] = document.errors;
        throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} is not valid YAML or JSON (${error.message.split('\n')[0]}).`);
    }
    const top = document.toJS();
    if (!isRecord(top))
        throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} must be a mapping with "deliveries:" (a list of entries).`);
    const { deliveries, version, ...rest } = top;
    if (version !== undefined && version !== 1)
        throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} has version ${JSON.stringify(version)}; this tool reads version 1.`);
    const defaults = fields(rest, _fields_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_FIELDS */ .yz, `${where}, at the top,`);
    if (!Array.isArray(deliveries) || deliveries.length === 0)
        throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} has no "deliveries:": give a list of entries, each with a "name", its "recipients" and "files".`);
    const seen = new Set();
    const entries = deliveries.map((raw, index) => {
        const label = `${where}, delivery ${index + 1}`;
        if (!isRecord(raw))
            throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} is not a mapping of fields.`);
        const values = fields(raw, _fields_js__WEBPACK_IMPORTED_MODULE_4__/* .ENTRY_FIELDS */ .V2, label);
        const name = values.name ?? '';
        if (!name)
            throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} has no "name": give each delivery a unique name.`);
        if (!(0,_http_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlausibleId */ .V2)(name) || name.length > 100)
            throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} has the name "${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControls */ .UN)(name)}": use letters, digits, "-" or "_" (at most 100), no spaces or slashes.`);
        if (seen.has(name.toLowerCase()))
            throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where} names two deliveries "${name}": each name must be unique.`);
        seen.add(name.toLowerCase());
        delete values.name;
        return { name, values };
    });
    return { defaults, entries };
}
/** Checks every key of a mapping against the fields allowed there; values as option text. */
function fields(map, allowed, label) {
    const out = {};
    for (const [key, value] of Object.entries(map)) {
        const field = `"${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControls */ .UN)(key)}"`;
        if (_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_ONLY */ .v9.includes(key))
            throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} sets ${field}, which belongs to the run (an input or flag), never to the manifest.`);
        if (!(key in allowed))
            throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} has an unknown field ${field}${suggestion(key, allowed)}.`);
        out[key] = optionText(value, `${label}, field ${field},`);
    }
    return out;
}
/** A YAML value as option text: a list one item per line; a mapping is an error. */
function optionText(value, label) {
    if (value === null || value === undefined)
        return '';
    if (Array.isArray(value))
        return value.map((item) => optionText(item, label)).join('\n');
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new _option_values_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${label} must be text, a number, true/false or a list; got a mapping.`);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `; did you mean "recipients"?` for a near miss. */
function suggestion(key, allowed) {
    const near = Object.keys(allowed).find((name) => distance(name, key.toLowerCase()) <= 2);
    return near ? `; did you mean "${near}"?` : '';
}
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 6727:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ SECRET_OPTIONS),
/* harmony export */   HA: () => (/* binding */ defaultOf),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   lw: () => (/* binding */ OPTIONS)
/* harmony export */ });
/* unused harmony exports TIMEOUT_BOUND, EXPIRATION_DAYS_BOUND */
// The one table of options, shared by every front-end: the action's inputs and the CLI's flags
// (and CRYPTSHARE_* variables) have these kebab-case names and defaults. Each option's kind,
// choices and bounds are declared here once; the reader (option-reader.ts) checks values by them,
// and the CLI's help and the docs test read the same table.
/**
 * Node.js runs a timer longer than 2^31 - 1 ms at once, so a longer wait would end immediately:
 * every timeout in seconds stays below that.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
const TIMEOUT_BOUND = {
    max: Math.floor(MAX_TIMER_MS / 1000),
    why: 'seconds, about 24 days: the longest wait this tool can time'
};
/** A hundred years; far beyond any server's maxRetentionPeriod, and a date the API can carry. */
const EXPIRATION_DAYS_BOUND = { max: 36_500, why: 'days, 100 years' };
/** Every delivery option, by name. */
const OPTIONS = {
    'server-url': { kind: 'text', required: true, help: 'Base URL of the Cryptshare server (/api is added)' },
    'client-id': { kind: 'secret', required: true, help: 'REST API client id (a secret: pass it from the environment)' },
    'sender-email': { kind: 'text', required: true, help: 'Sender address' },
    'sender-name': { kind: 'text', help: 'Sender name shown to recipients' },
    'sender-phone': { kind: 'text', default: '', help: 'Sender phone shown to recipients' },
    'verification-token': { kind: 'secret', help: 'An existing verification token for the sender (a secret)' },
    recipients: { kind: 'addresses', required: true, help: '"To" addresses, separated by commas, spaces or newlines' },
    cc: { kind: 'addresses', help: '"Cc" addresses' },
    bcc: { kind: 'addresses', help: '"Bcc" addresses' },
    files: { kind: 'patterns', required: true, help: 'Glob patterns of the files to deliver; !pattern excludes' },
    'require-attestation': {
        kind: 'patterns',
        help: 'Attestation files (statements, DSSE envelopes, Sigstore bundles, .intoto.jsonl): every delivered file must be one of their subjects (by digest)'
    },
    'if-no-files-found': {
        kind: 'choice',
        default: 'error',
        choices: ['error', 'warn', 'ignore'],
        help: 'What to do when no file matches'
    },
    'include-hidden-files': {
        kind: 'boolean',
        default: 'false',
        help: 'Deliver files and folders whose names start with "."'
    },
    subject: { kind: 'text', help: 'Subject of the recipient notification' },
    message: { kind: 'text', help: 'Message of the recipient notification' },
    'confidential-message': { kind: 'text', help: 'Text delivered encrypted with the files' },
    'message-file': { kind: 'text', help: 'A file (relative to the workspace) whose text is the message' },
    'confidential-message-file': {
        kind: 'text',
        help: 'A file (relative to the workspace) whose text is the confidential message (keep it out of the files)'
    },
    'password-mode': {
        kind: 'choice',
        default: 'generated',
        choices: ['generated', 'manual', 'none'],
        help: 'How the transfer is protected'
    },
    password: { kind: 'secret', help: 'The password for password-mode manual (a secret)' },
    'expiration-days': {
        kind: 'integer',
        max: EXPIRATION_DAYS_BOUND,
        help: 'Days until the transfer expires (server default when empty)'
    },
    language: { kind: 'text', help: 'Language of notifications, e.g. en or de-DE' },
    'notify-recipients': { kind: 'boolean', default: 'true', help: 'Let the server email the recipients' },
    'notify-downloads': { kind: 'boolean', default: 'false', help: 'Email the sender on every download' },
    'show-file-names': { kind: 'boolean', default: 'true', help: 'Show file names in the notifications' },
    'upload-concurrency': { kind: 'integer', default: '4', help: 'Files uploaded at the same time' },
    'wait-for-processing': { kind: 'boolean', default: 'true', help: 'Wait until the transfer is ACTIVE' },
    'processing-timeout': {
        kind: 'integer',
        default: '600',
        max: TIMEOUT_BOUND,
        help: 'Seconds to wait for processing'
    },
    'allow-removed-files': {
        kind: 'boolean',
        default: 'false',
        help: 'Succeed when the server removed files during processing'
    },
    retries: {
        kind: 'integer',
        default: '5',
        min: 0,
        help: 'Retries of a request that failed transiently (0: none)'
    },
    checksums: {
        kind: 'text',
        default: 'sha256',
        help: 'Checksum files of the delivered files: sha256, sha512, sha256,sha512 or none'
    },
    'include-checksums': {
        kind: 'boolean',
        default: 'false',
        help: 'Add the checksum files to the transfer, for the recipients to check what they downloaded'
    },
    'checksums-in-message': {
        kind: 'boolean',
        default: 'false',
        help: 'Add the digest list to the confidential message too (a second channel apart from the files)'
    },
    'receipt-recipients': {
        kind: 'choice',
        default: 'pseudonymised',
        choices: ['pseudonymised', 'clear'],
        help: 'How the delivery receipt names the recipients: pseudonymised (HMAC-SHA256) or clear'
    },
    'recipient-hash-key': {
        kind: 'secret',
        help: "Key of the recipients' pseudonyms in the receipt (a secret; without it a random salt stored in the receipt)"
    },
    manifest: {
        kind: 'text',
        help: 'A delivery manifest (YAML or JSON): many deliveries in one run, instead of recipients and files'
    },
    'delivery-concurrency': {
        kind: 'integer',
        default: '2',
        help: 'With manifest: transfers sent at the same time'
    },
    'fail-fast': {
        kind: 'boolean',
        default: 'false',
        help: 'With manifest: start no further delivery once one failed'
    },
    'dry-run': { kind: 'boolean', default: 'false', help: 'Check everything, create nothing' },
    'deliver-again': {
        kind: 'boolean',
        default: 'false',
        help: 'Send even when an earlier attempt already delivered the same files'
    }
};
/** The documented default of an option ('' for none). */
function defaultOf(name, table = OPTIONS) {
    return table[name]?.default ?? '';
}
/** The options whose values are secrets: masked before anything is printed, warned about as flags. */
const SECRET_OPTIONS = Object.entries(OPTIONS)
    .filter(([, spec]) => spec.kind === 'secret')
    .map(([name]) => name);


/***/ }),

/***/ 6369:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ parseServerUrl),
/* harmony export */   Tm: () => (/* binding */ EMAIL),
/* harmony export */   cG: () => (/* binding */ refuseDisplayName),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   ug: () => (/* binding */ parseAddresses)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var _cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1152);
// The checks of option values that are more than a kind: the server URL, email addresses, and
// the error every option check throws.

/** A mistake in the options; the message says what to change. Found before the server is contacted. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const EMAIL = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\".]+$/;
/** Normalises the server URL: no trailing slash, no trailing `/api`; https unless loopback. */
function parseServerUrl(value, label = '"server-url"') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new InputError(`${label} is not a URL: "${(0,_cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(value)}". Use the server's base URL, e.g. https://cryptshare.example.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(`${label} must start with https:// (got "${(0,_cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(url.protocol)}").`);
    }
    if (url.username || url.password) {
        throw new InputError(`${label} must not contain a user name or password.`);
    }
    if (url.search || url.hash) {
        throw new InputError(`${label} must not contain a query string or fragment: "${(0,_cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(value)}".`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new InputError(`${label} uses http:// with the non-loopback host "${(0,_cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(url.hostname)}": the client id and files would travel unencrypted. Use https://.`);
    }
    const pathname = url.pathname.replace(/\/+$/, '').replace(/\/api$/i, '');
    return `${url.origin}${pathname}`;
}
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** Splits a recipient list on commas, semicolons, whitespace and newlines; validates each address. */
function parseAddresses(value, label) {
    refuseDisplayName(value, label);
    const addresses = value.split(/[\s,;]+/).filter(Boolean);
    for (const address of addresses) {
        if (!EMAIL.test(address)) {
            throw new InputError(`${label} contains an invalid email address: "${(0,_cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(address)}". Separate addresses with commas, semicolons, spaces or newlines.`);
        }
    }
    return addresses;
}
/** `Jane <jane@example.org>`: the form of a mail header, which the API does not take. */
function refuseDisplayName(value, label) {
    const angled = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(value);
    if (angled) {
        throw new InputError(`${label} has an address with a display name ("${(0,_cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(value)}"): display names are not supported: give the bare address, e.g. ${(0,_cryptshare_explain_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(angled[1])}.`);
    }
}


/***/ }),

/***/ 4164:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ LocationError),
/* harmony export */   eY: () => (/* binding */ CryptshareError),
/* harmony export */   iA: () => (/* binding */ TokenRefusedError)
/* harmony export */ });
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8549);

/**
 * One failed call to the Cryptshare API: an HTTP failure plus the server's `errorCode` and
 * `errorMessage` when it sent them.
 */
class CryptshareError extends _http_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j {
    errorCode;
    errorMessage;
    constructor(init) {
        super(init);
        this.name = 'CryptshareError';
        this.errorCode = init.errorCode;
        this.errorMessage = init.errorMessage;
    }
    /** The same failure as a transport error, seen from the Cryptshare client. */
    static from(error) {
        if (error instanceof CryptshareError)
            return error;
        return new CryptshareError({
            kind: error.kind,
            message: error.message,
            method: error.method,
            url: error.url,
            status: error.status,
            retryAfterMs: error.retryAfterMs,
            code: error.code,
            cause: error.cause
        });
    }
}
/**
 * The server refused the verification token (401/403, errorCode 3002) and the client gave up:
 * `renewable` false for a token the user gave (nothing to renew), else after `renewals` new
 * tokens for this request were refused too.
 */
class TokenRefusedError extends CryptshareError {
    renewable;
    renewals;
    constructor(refusal, renewable, renewals) {
        super({
            kind: refusal.kind,
            message: refusal.message,
            method: refusal.method,
            url: refusal.url,
            status: refusal.status,
            errorCode: refusal.errorCode,
            errorMessage: refusal.errorMessage,
            retryAfterMs: refusal.retryAfterMs,
            code: refusal.code,
            cause: refusal
        });
        this.renewable = renewable;
        this.renewals = renewals;
        this.name = 'TokenRefusedError';
    }
}
/** A `Location` header that names no plausible identifier; `location` is its raw value. */
class LocationError extends CryptshareError {
    location;
    constructor(request, message, location) {
        super({ ...request, message });
        this.location = location;
        this.name = 'LocationError';
    }
}


/***/ }),

/***/ 1152:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ explainRequestFailure),
/* harmony export */   ml: () => (/* binding */ shorten)
/* harmony export */ });
/* unused harmony export QUOTE_LIMIT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4164);

/** What to do about well-known Cryptshare error codes. */
const HINTS = {
    1002: 'a required header or parameter is missing; this is a bug in this tool, please report it',
    1004: 'the server refused a value that was sent; check the options named in the message',
    1005: 'the server refused the sender address or an id in the URL; check the sender address',
    2001: "the server's transfer rules do not allow these settings; ask the administrator or change the options",
    2004: 'the server does not support the API version this tool needs (REST API 1.8 or later); ask the administrator to update Cryptshare',
    2007: 'the server is rate limiting; try again later',
    3001: 'the REST API is not licensed on this server; ask the administrator',
    3002: 'the verification is not valid: the client id must be registered by an administrator for this sender, or the verification token is expired',
    3010: "the server's transfer policy does not allow this sender; ask the administrator",
    3011: "the server's transfer policy does not allow this sender and recipient combination; ask the administrator"
};
/** One line that says what went wrong in a request, with the server's code and text. */
function explainRequestFailure(error) {
    const request = `(${error.method} ${shorten(error.url)})`;
    if (error.code === 'ETRUNCATED') {
        return `${error.message} ${request}. The answer was cut short by the server or a proxy in between; try again, and check any proxy if it keeps happening.`;
    }
    switch (error.kind) {
        case 'http': {
            if (error.status >= 300 && error.status < 400) {
                return `${error.message} ${request}: the server URL answers with a redirect; check the server URL (/api is added to it, and no redirect is followed) and any proxy or single sign-on page in front of the server.`;
            }
            if (error.message.endsWith('(Retry-After); try again later'))
                return `${error.message} ${request}`;
            if (error.errorCode === undefined && !error.errorMessage && error.message.includes('not a Cryptshare API')) {
                return `${error.message} ${request}. The server URL does not look like a Cryptshare API: check it (/api is added to it) and any proxy in between.`;
            }
            const server = error.errorCode !== undefined || error.errorMessage
                ? `, errorCode ${error.errorCode ?? 'none'}: ${error.errorMessage ?? '(no message)'}`
                : '';
            const hint = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TokenRefusedError */ .iA
                ? tokenHint(error)
                : error.errorCode !== undefined
                    ? HINTS[error.errorCode]
                    : undefined;
            return `HTTP ${error.status}${server} ${request}${hint ? `. Hint: ${hint}` : ''}`;
        }
        case 'protocol':
            return `${error.message} ${request}. The server URL does not look like a Cryptshare API: check it (/api is added to it).`;
        case 'timeout':
            return `${error.message} ${request}. The server is not answering in time: check that it is up and reachable from this machine (firewall, https_proxy/no_proxy).`;
        default:
            return `${error.message}${error.url ? ` ${request}` : ''}`;
    }
}
/** Why a sender endpoint refused the token, once the client has done what it can. */
function tokenHint(error) {
    if (!error.renewable)
        return 'the server refused the given verification token (expired, replaced by a newer verification of this sender, or not the token this transfer was created with); a given token cannot be renewed: obtain a new one, or use client-id verification';
    return "the server refused this run's verification token even after verifying the sender again: it accepts here only the token the session or transfer was created with, and another run for the same sender (a parallel job, a dry run, a status poller) may have made the server drop that token";
}
/** Longest piece of a value (an input, a URL) quoted in a message. */
const QUOTE_LIMIT = 200;
/** A value as a message may quote it: at most `limit` characters, then `…` and the full length. */
function shorten(value, limit = QUOTE_LIMIT) {
    const chars = Array.from(value);
    if (chars.length <= limit)
        return value;
    return `${chars.slice(0, limit).join('')}… (${chars.length} characters)`;
}


/***/ }),

/***/ 8549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ HttpError)
/* harmony export */ });
// The transport's error type: the lowest layer's, extended by the layers above.
/**
 * One failed HTTP request. `status` is 0 when no HTTP answer arrived. The message never contains
 * secrets: URLs are logged without query strings.
 */
class HttpError extends Error {
    kind;
    status;
    method;
    url;
    retryAfterMs;
    /** Network error code such as ECONNRESET, when there is one. */
    code;
    constructor(init) {
        super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
        this.name = 'HttpError';
        this.kind = init.kind;
        this.status = init.status ?? 0;
        this.method = init.method;
        this.url = init.url;
        this.retryAfterMs = init.retryAfterMs;
        this.code = init.code;
    }
    /**
     * Failures after which the server may have carried out the request anyway: no answer arrived
     * (timeout, a connection lost after it was made) or the server failed (5xx).
     */
    get answerLost() {
        if (this.kind === 'timeout')
            return true;
        if (this.kind === 'network')
            return this.code !== 'ECONNREFUSED';
        return this.kind === 'http' && this.status >= 500;
    }
    /** Transient failures that a retry may cure. */
    get transient() {
        if (this.kind === 'network' || this.kind === 'timeout')
            return true;
        return this.kind === 'http' && [429, 502, 503, 504].includes(this.status);
    }
}


/***/ }),

/***/ 2825:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kg: () => (/* binding */ hasControlCharacters),
/* harmony export */   Mg: () => (/* binding */ IMPLAUSIBLE_ID),
/* harmony export */   Qx: () => (/* binding */ MAX_ID_LENGTH),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   V2: () => (/* binding */ isPlausibleId),
/* harmony export */   kL: () => (/* binding */ QUOTE_ESCAPES)
/* harmony export */ });
/* unused harmony exports CONTROL_CHARACTERS, CONTROL_CHARACTERS_IN_JSON, unicodeEscape */
// The one set of characters that must never reach a log line, a message or a URL path segment as
// they are, and the helpers built on it: every layer above escapes, refuses or tests with these.
/**
 * The set, as regex class bodies: C0 controls (line breaks among them); then DEL, C1 controls,
 * the Arabic letter mark, the Unicode line/paragraph separators and the bidirectional controls
 * that can make a text read differently from what it is (U+200E/F, U+202A–U+202E, U+2066–U+2069).
 */
const C0 = '\\u0000-\\u001f';
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const CONTROLS = `${C0}${BEYOND_C0}`;
/** Matches every control character of the set (global: use with `replace`). */
const CONTROL_CHARACTERS = new RegExp(`[${CONTROLS}]`, 'g');
/** Matches the characters of the set that JSON.stringify does not escape (all but C0; global). */
const CONTROL_CHARACTERS_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');
/** Matches every control character of the set, a double quote and a backslash (for quoting). */
const QUOTE_ESCAPES = new RegExp(`[${CONTROLS}"\\\\]`, 'g');
/** The longest identifier (tracking id, file id) this tool takes. */
const MAX_ID_LENGTH = 200;
/**
 * Matches a value that cannot be an identifier the server names (a tracking id, a file id): one
 * holding a control character of the set, white space, `/` or `\`, or one that is `.` or `..`
 * (it becomes one path segment of the API's URLs). The same rule for an id typed as an option and
 * one read from a `Location` header.
 */
const IMPLAUSIBLE_ID = new RegExp(`^\\.{1,2}$|[\\s/\\\\${CONTROLS}]`);
/** Whether `id` can be an identifier: 1 to MAX_ID_LENGTH characters, none that IMPLAUSIBLE_ID refuses. */
function isPlausibleId(id) {
    return id.length > 0 && id.length <= MAX_ID_LENGTH && !IMPLAUSIBLE_ID.test(id);
}
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Whether `text` holds a character that `escapeControls` would rewrite. */
function hasControlCharacters(text) {
    CONTROL_CHARACTERS.lastIndex = 0;
    return CONTROL_CHARACTERS.test(text);
}
/** Shows control and bidi characters as visible escapes (`\n`, `\u001b`, `\u202e`): one line. */
function escapeControls(text) {
    return text.replace(CONTROL_CHARACTERS, (c) => NAMED[c] ?? unicodeEscape(c));
}
/** `\u202e` for U+202E: the JSON and JavaScript escape of one UTF-16 unit. */
function unicodeEscape(c) {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(218);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
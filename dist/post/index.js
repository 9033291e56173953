import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


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

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(893);
// Entry point of the post step (dist/post/index.js): clean-up and report only, never a delivery.

await (0,_post_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .eF)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eF: () => (/* binding */ run)
});

// UNUSED EXPORTS: FINALIZE_STATE, SESSION_STATE

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
    const delimiter = `ghadelimiter_${randomUUID()}`;
    const converted = commandValue(value);
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (converted.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!existsSync(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
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
    process.stdout.write(EOL);
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

;// CONCATENATED MODULE: ./src/http/errors.ts
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

;// CONCATENATED MODULE: ./src/cryptshare/errors.ts

/**
 * One failed call to the Cryptshare API: an HTTP failure plus the server's `errorCode` and
 * `errorMessage` when it sent them.
 */
class CryptshareError extends HttpError {
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

;// CONCATENATED MODULE: ./src/cryptshare/explain.ts

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
    const request = `(${error.method} ${explain_shorten(error.url)})`;
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
            const hint = error instanceof TokenRefusedError
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
function explain_shorten(value, limit = QUOTE_LIMIT) {
    const chars = Array.from(value);
    if (chars.length <= limit)
        return value;
    return `${chars.slice(0, limit).join('')}… (${chars.length} characters)`;
}

;// CONCATENATED MODULE: ./src/cryptshare/shape.ts
// Reading answers from a server the action does not control: every field is checked where it is
// read. What the delivery can do without is skipped with a warning naming the field; what it
// cannot do without becomes one protocol error naming the field. Never a TypeError.
/** A JSON object (not a list, not null), else undefined. */
function shape_record(value) {
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
    record: { read: shape_record, expected: 'an object' }
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
function readTransferStatus(raw, warn = IGNORE) {
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
function requiredTransferState(raw, read, consequence) {
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
    const read = answer('transfer list', warn);
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
    const read = answer('transfer policy', warn);
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

;// CONCATENATED MODULE: ./src/core/unfinished-session.ts


/**
 * Deletes the unfinished session (without any cancel signal: this is the clean-up).
 * `renewToken: false` for a session known to refuse new tokens: renewing would only take the
 * token away from another run on a server where a new token replaces the old.
 */
async function deleteUnfinishedSession(client, sender, trackingId, leftBy = '', options = {}) {
    try {
        await client.withoutSignal().deleteSession(sender, trackingId, options);
        return {
            outcome: 'deleted',
            message: `Deleted the unfinished transfer session ${trackingId}${leftBy}: recipients receive nothing.`
        };
    }
    catch (error) {
        if (error instanceof CryptshareError && error.kind === 'http' && error.status === 404) {
            return {
                outcome: 'gone',
                message: `The unfinished transfer session ${trackingId}${leftBy} is no longer on the server: recipients receive nothing.`
            };
        }
        const why = error instanceof CryptshareError ? explainRequestFailure(error) : error.message;
        return {
            outcome: 'failed',
            message: `Could not delete the unfinished transfer session ${trackingId}${leftBy} (${why}); it was never finalized, so recipients receive nothing, and the server discards it when it expires.`
        };
    }
}

;// CONCATENATED MODULE: ./src/http/text.ts
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
    if (id.length > MAX_ID_LENGTH)
        return { problem: `its last segment is ${id.length} characters long`, raw };
    if (IMPLAUSIBLE_ID.test(id))
        return { problem: `its last segment decodes to ${quoted(id)}`, raw };
    if (!id.trim())
        return { problem: 'its last segment is blank', raw };
    return { id, raw };
}
/** A value in double quotes with every invisible or line-breaking character shown escaped. */
function quoted(value) {
    const short = value.length > 120 ? `${value.slice(0, 120)}…` : value;
    return `"${short.replace(QUOTE_ESCAPES, escapeChar)}"`;
}
function escapeChar(c) {
    const named = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '"': '\\"', '\\': '\\\\' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

;// CONCATENATED MODULE: ./src/cryptshare/reply.ts

/** A protocol error about `reply`: the request is named, `what` says what is wrong with the answer. */
function protocolError(reply, what) {
    return new CryptshareError({
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
        throw new CryptshareError({
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
        const fail = (kind, message, cause, code) => new HttpError({ kind, message, method: request.method, url: redact(url), code, cause });
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
        throw new LocationError({ kind: 'protocol', status: reply.status, method: reply.method, url: reply.url }, `the Location header of the new session (${quoted(location)}) names no plausible tracking id: ${named.problem}`, location);
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
        if (!lost || !(error instanceof CryptshareError) || error.kind === 'aborted')
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
        throw new CryptshareError({
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
            if (!(error instanceof HttpError) || !retryable(error) || policy.retries < 1 || signal?.aborted)
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
    return (error instanceof CryptshareError &&
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
                throw new TokenRefusedError(error, renewable, repeat);
            if (repeat > 0 && sentWith === verification.token && (await stillValid(verification, context)))
                throw new TokenRefusedError(error, renewable, repeat);
            try {
                await renewAfter(verification, error, sentWith, context);
            }
            catch (renewalError) {
                throw renewalError === error ? new TokenRefusedError(error, renewable, repeat) : renewalError;
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
class CallTimeLimitError extends CryptshareError {
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
                    throw error instanceof HttpError ? CryptshareError.from(error) : error;
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
                throw new CallTimeLimitError({
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
            message = `HTTP ${response.status} redirect${location ? ` to ${explain_shorten(redactLocation(location, url))}` : ' without a Location'}`;
        else if (notApi && looksTruncated(response.body))
            message = `HTTP ${response.status} with a JSON body that was truncated after ${response.body.length} bytes`;
        else if (notApi)
            message = `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer`;
        const retryAfterMs = parseRetryAfter(header(response, 'retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > this.options.retry.maxRetryAfterMs)
            message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}: the server asks to wait ${seconds(retryAfterMs)} (Retry-After); try again later`;
        return new CryptshareError({
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
        return error instanceof CryptshareError && error.kind === 'http' && error.status === 404 ? 'absent' : 'unclear';
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
;// CONCATENATED MODULE: ./src/core/option-table.ts
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
const option_table_OPTIONS = {
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
function option_table_defaultOf(name, table = option_table_OPTIONS) {
    return table[name]?.default ?? '';
}
/** The options whose values are secrets: masked before anything is printed, warned about as flags. */
const option_table_SECRET_OPTIONS = Object.entries(option_table_OPTIONS)
    .filter(([, spec]) => spec.kind === 'secret')
    .map(([name]) => name);

;// CONCATENATED MODULE: ./src/core/option-values.ts
// The checks of option values that are more than a kind: the server URL, email addresses, and
// the error every option check throws.

/** A mistake in the options; the message says what to change. Found before the server is contacted. */
class option_values_InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const option_values_EMAIL = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\".]+$/;
/** Normalises the server URL: no trailing slash, no trailing `/api`; https unless loopback. */
function option_values_parseServerUrl(value, label = '"server-url"') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new option_values_InputError(`${label} is not a URL: "${shorten(value)}". Use the server's base URL, e.g. https://cryptshare.example.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new option_values_InputError(`${label} must start with https:// (got "${shorten(url.protocol)}").`);
    }
    if (url.username || url.password) {
        throw new option_values_InputError(`${label} must not contain a user name or password.`);
    }
    if (url.search || url.hash) {
        throw new option_values_InputError(`${label} must not contain a query string or fragment: "${shorten(value)}".`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new option_values_InputError(`${label} uses http:// with the non-loopback host "${shorten(url.hostname)}": the client id and files would travel unencrypted. Use https://.`);
    }
    const pathname = url.pathname.replace(/\/+$/, '').replace(/\/api$/i, '');
    return `${url.origin}${pathname}`;
}
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
/** Splits a recipient list on commas, semicolons, whitespace and newlines; validates each address. */
function option_values_parseAddresses(value, label) {
    option_values_refuseDisplayName(value, label);
    const addresses = value.split(/[\s,;]+/).filter(Boolean);
    for (const address of addresses) {
        if (!option_values_EMAIL.test(address)) {
            throw new option_values_InputError(`${label} contains an invalid email address: "${shorten(address)}". Separate addresses with commas, semicolons, spaces or newlines.`);
        }
    }
    return addresses;
}
/** `Jane <jane@example.org>`: the form of a mail header, which the API does not take. */
function option_values_refuseDisplayName(value, label) {
    const angled = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(value);
    if (angled) {
        throw new option_values_InputError(`${label} has an address with a display name ("${shorten(value)}"): display names are not supported: give the bare address, e.g. ${shorten(angled[1])}.`);
    }
}

;// CONCATENATED MODULE: ./src/core/option-reader.ts
// Reads options from a plain key-value source, each checked by what its table entry declares
// (kind, choices, bounds, default). Messages name options the way the front-end's `OptionNaming` does.



const CLIENT_ID = /^[A-Za-z0-9]{50,4000}$/;
const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
/** A reader of the options in `source`, each checked by its entry in `table` (defaults too). */
function option_reader_optionReader(source, table = OPTIONS) {
    const { naming } = source;
    const raw = (name) => source.get(name).trim();
    const given = (name) => raw(name) || defaultOf(name, table);
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
            throw new InputError(`${naming.option(name)} must be ${wanted}; got "${shorten(value)}".`);
        }
        if (max && n > max.max)
            throw new InputError(`${naming.option(name)} must be at most ${max.max} (${max.why}); got "${shorten(value)}".`);
        return n;
    };
    return {
        raw,
        required(name) {
            const value = raw(name);
            if (!value)
                throw new InputError(naming.missing(name));
            return value;
        },
        /** One of the entry's choices (given in any case). */
        choice(name) {
            const allowed = spec(name, 'choice').choices ?? [];
            const value = given(name);
            const match = allowed.find((a) => a === value.toLowerCase());
            if (!match) {
                throw new InputError(`${naming.option(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${shorten(value)}".`);
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
            throw new InputError(`${naming.option(name)} must be "true" or "false"; got "${shorten(value)}".`);
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
            refuseDisplayName(value, naming.option(name));
            if (!EMAIL.test(value))
                throw new InputError(`${naming.option(name)} is not a valid email address: "${shorten(value)}".`);
            return value;
        },
        clientId(name) {
            const value = this.required(name);
            if (!CLIENT_ID.test(value)) {
                throw new InputError(`${naming.option(name)} must be 50 to 4000 letters and digits (A-Z, a-z, 0-9); the value given ` +
                    `has ${value.length} characters${/[^A-Za-z0-9]/.test(value) ? ' and other characters' : ''}. ` +
                    'Pass the client id your Cryptshare administrator registered, from a secret.');
            }
            return value;
        },
        serverUrl(name) {
            return parseServerUrl(this.required(name), naming.option(name));
        },
        language(name) {
            const value = raw(name) || undefined;
            if (value && !LANGUAGE.test(value)) {
                throw new InputError(`${naming.option(name)} must be a language tag such as "en" or "de-DE"; got "${shorten(value)}".`);
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
function delivery_settings_readDeliverySettings(source, defaults) {
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
        throw new InputError(`${naming.option('files')} has no pattern that includes files (only "!" excludes).`);
    }
    const passwordMode = read.choice('password-mode');
    const password = read.raw('password') || undefined;
    if (passwordMode === 'manual' && !password) {
        throw new InputError(`${naming.option('password-mode')} is "manual" but ${naming.name('password')} is empty. Pass the password from a secret, or use ${naming.setting('password-mode', 'generated')}.`);
    }
    if (passwordMode !== 'manual' && password) {
        throw new InputError(`${naming.option('password')} is set but ${naming.name('password-mode')} is "${passwordMode}". Set ${naming.setting('password-mode', 'manual')} to use your own password.`);
    }
    const workspace = path.resolve(defaults.workspace);
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
const MAX_MESSAGE_FILE_BYTES = (/* unused pure expression or super */ null && (256 * 1024));
/** An option's text, or the text of the file its `…-file` option names (relative to the workspace); not both. */
function textOrFile(source, option, fileOption, workspace) {
    const { naming } = source;
    const text = source.get(option).trim();
    const file = source.get(fileOption).trim();
    if (text && file)
        throw new InputError(`${naming.option(option)} and ${naming.name(fileOption)} are both set: give one.`);
    if (!file)
        return text || undefined;
    const full = path.resolve(workspace, file);
    let stat;
    try {
        stat = fs.statSync(full);
    }
    catch {
        stat = undefined;
    }
    if (!stat?.isFile())
        throw new InputError(`${naming.option(fileOption)} names "${file}", which is not a file in ${workspace}.`);
    if (stat.size > MAX_MESSAGE_FILE_BYTES)
        throw new InputError(`${naming.option(fileOption)} names "${file}", which is over 256 KiB.`);
    return fs.readFileSync(full, 'utf8').replace(/\r?\n$/, '') || undefined;
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
                throw new InputError(`${naming.option('checksums')} is "${shorten(text)}": give sha256, sha512, both separated by a comma (sha256,sha512), or none.`);
            if (!algorithms.includes(item))
                algorithms.push(item);
        }
    }
    const include = read.bool('include-checksums');
    const inMessage = read.bool('checksums-in-message');
    if (!algorithms.length && (include || inMessage))
        throw new InputError(`${naming.setting(include ? 'include-checksums' : 'checksums-in-message', 'true')} needs checksum files: set ${naming.setting('checksums', 'sha256')} (or sha512, or both).`);
    return { algorithms, include, inMessage };
}
/** To, cc and bcc: at least one address, each valid and listed once. */
function readRecipients(source) {
    const { naming } = source;
    const list = (name) => parseAddresses(source.get(name), naming.option(name));
    const to = list('recipients');
    const cc = list('cc');
    const bcc = list('bcc');
    if (to.length + cc.length + bcc.length === 0) {
        throw new InputError(`${naming.missing('recipients')} Give at least one recipient address in ${naming.name('recipients')} (or ${naming.name('cc')}/${naming.name('bcc')}).`);
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
                throw new InputError(`Recipient "${shorten(address)}" appears more than once (in "${first}" and "${name}"); list each address once.`);
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
        return Math.min((valid ? value : fallback) * unit, MAX_TIMER_MS);
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
function openConnection(settings, host) {
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
    return `retried request: ${error.method} ${explain_shorten(error.url)} failed: ${explain_shorten(error.message)}`;
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

;// CONCATENATED MODULE: ./src/core/commands/clean-up.ts
// The post step's decision, after a main step that was killed: delete the session it left
// unfinished, or, once finalize was sent, only read the transfer's state and say it. Never a
// delivery, never a deletion of something that may be a transfer.





/** Retries of the post step's one request: it has little time. */
const CLEAN_UP_RETRIES = 2;
async function runCleanUp(left, host) {
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

;// CONCATENATED MODULE: ./src/core/version.ts
/** This tool's version (package.json's, checked by a test): `--version`, the CLI's User-Agent. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/core/host.ts

/** The User-Agent of a front-end: its product name and this tool's version. */
function userAgent(product) {
    return `${product}/${VERSION}`;
}

;// CONCATENATED MODULE: ./src/core/log-text.ts
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
    return escapeControls(text)
        .replace(LINE_COMMAND, '$1\\::')
        .replace(BRACKET_COMMAND, (prefix) => `${prefix.slice(0, -1)}\\[`);
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
function actionHost(signal) {
    return {
        signal,
        env: process.env,
        userAgent: userAgent('cryptshare-github-action'),
        info: (message) => info(logText(message)),
        warning: (message) => warning(escapeControls(message)),
        debug: (message) => debug(escapeControls(message)),
        notice: (message) => notice(escapeControls(message)),
        secret: (value) => setSecret(value),
        naming: ACTION_NAMING
    };
}
/** Masks every secret input before anything can print it, even before validation. */
function maskSecretInputs() {
    for (const name of SECRET_OPTIONS) {
        const value = rawInput(process.env, name);
        if (value)
            runner.setSecret(value);
    }
}
/**
 * Aborts `signal` on SIGINT/SIGTERM/SIGHUP (the runner's cancellation, a lost terminal of a
 * self-hosted runner) with a warning, until `dispose`. The clean-up always runs (the post step
 * backs it up), so a further signal only says so; one within moments of the first is the same.
 */
function cancelOnSignals(what) {
    const watch = watchCancelSignals({
        first: (signal) => runner.warning(`Received ${signal}: cancelling ${what}.`),
        again: (signal) => runner.warning(`Received ${signal} again: still cancelling ${what}, the clean-up continues.`)
    });
    return { signal: watch.signal, dispose: watch.dispose };
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
        info('Post step: this runner provides no GITHUB_STATE, so the main step saved no state (it would have printed the verification token); nothing to clean up or check.');
        return;
    }
    const finalize = savedState(FINALIZE_STATE);
    const session = savedState(SESSION_STATE);
    // Once finalize was sent, deleting proves nothing and may race the server: only report.
    const target = finalize ?? session;
    if (!target)
        return;
    await runCleanUp({ ...target, clientId: inputs_rawInput(process.env, 'client-id'), stage: finalize ? 'finalize' : 'session' }, actionHost(new AbortController().signal));
}
/** A saved session, or undefined when there is none or it is not of the expected shape. */
function savedState(name) {
    const raw = getState(name);
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
    debug(`Post step: the saved state "${name}" is not a session; ignored.`);
    return undefined;
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
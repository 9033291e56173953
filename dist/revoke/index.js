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

/***/ 887:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _sub_actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(33);
// Entry point of the revoke sub-action (revoke/action.yml → dist/revoke/index.js).

await (0,_sub_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .runRevoke */ .M)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 33:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M: () => (/* binding */ sub_actions_runRevoke)
});

// UNUSED EXPORTS: runStatus

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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
class errors_CryptshareError extends HttpError {
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
        if (error instanceof errors_CryptshareError)
            return error;
        return new errors_CryptshareError({
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
class TokenRefusedError extends errors_CryptshareError {
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
class LocationError extends errors_CryptshareError {
    location;
    constructor(request, message, location) {
        super({ ...request, message });
        this.location = location;
        this.name = 'LocationError';
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
function text_hasControlCharacters(text) {
    CONTROL_CHARACTERS.lastIndex = 0;
    return CONTROL_CHARACTERS.test(text);
}
/** Shows control and bidi characters as visible escapes (`\n`, `\u001b`, `\u202e`): one line. */
function text_escapeControls(text) {
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
    return new errors_CryptshareError({
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
        throw new errors_CryptshareError({
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
function shape_kindOf(value) {
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
            : `has "${field}" of the wrong shape (${shape_kindOf(value)}, expected ${expected})`;
        return new AnswerShapeError(this.step, `The server's ${this.name} ${what}: ${consequence}`);
    }
    /** Warns (once per field and shape) that a field has the wrong shape and is ignored. */
    ignore(field, value, expected, outcome = 'ignored') {
        const message = `The server's ${this.name} has "${field}" of the wrong shape (${shape_kindOf(value)}, expected ${expected}); ${outcome}.`;
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
        if (!lost || !(error instanceof errors_CryptshareError) || error.kind === 'aborted')
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
        throw new errors_CryptshareError({
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
function explain_explainRequestFailure(error) {
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
    return (error instanceof errors_CryptshareError &&
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
class request_CallTimeLimitError extends errors_CryptshareError {
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
                    throw error instanceof HttpError ? errors_CryptshareError.from(error) : error;
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
            message = `HTTP ${response.status} redirect${location ? ` to ${explain_shorten(redactLocation(location, url))}` : ' without a Location'}`;
        else if (notApi && looksTruncated(response.body))
            message = `HTTP ${response.status} with a JSON body that was truncated after ${response.body.length} bytes`;
        else if (notApi)
            message = `HTTP ${response.status} with a ${contentType(response)} body that is not a Cryptshare API answer`;
        const retryAfterMs = parseRetryAfter(header(response, 'retry-after'));
        if (retryAfterMs !== undefined && retryAfterMs > this.options.retry.maxRetryAfterMs)
            message = `HTTP ${response.status}${errorCode !== undefined ? ` errorCode ${errorCode}` : ''}: the server asks to wait ${seconds(retryAfterMs)} (Retry-After); try again later`;
        return new errors_CryptshareError({
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
const transfers_REVOCATION_MINOR_API_VERSION = 10;
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
        return error instanceof errors_CryptshareError && error.kind === 'http' && error.status === 404 ? 'absent' : 'unclear';
    }
}
/** `timeoutMs` bounds the whole call (see `Call.timeoutMs`), e.g. by the time left to wait for processing. */
async function transfers_transferStatus(api, statusUrl, options = {}) {
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
        minimumMinor: transfers_REVOCATION_MINOR_API_VERSION,
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
        return transfers_transferStatus(this.api, statusUrl, options);
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
const EMAIL = /^[^\s@,;<>()[\]\\"]+@[^\s@,;<>()[\]\\"]+\.[^\s@,;<>()[\]\\".]+$/;
/** Normalises the server URL: no trailing slash, no trailing `/api`; https unless loopback. */
function parseServerUrl(value, label = '"server-url"') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new option_values_InputError(`${label} is not a URL: "${explain_shorten(value)}". Use the server's base URL, e.g. https://cryptshare.example.com.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new option_values_InputError(`${label} must start with https:// (got "${explain_shorten(url.protocol)}").`);
    }
    if (url.username || url.password) {
        throw new option_values_InputError(`${label} must not contain a user name or password.`);
    }
    if (url.search || url.hash) {
        throw new option_values_InputError(`${label} must not contain a query string or fragment: "${explain_shorten(value)}".`);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new option_values_InputError(`${label} uses http:// with the non-loopback host "${explain_shorten(url.hostname)}": the client id and files would travel unencrypted. Use https://.`);
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
    refuseDisplayName(value, label);
    const addresses = value.split(/[\s,;]+/).filter(Boolean);
    for (const address of addresses) {
        if (!EMAIL.test(address)) {
            throw new option_values_InputError(`${label} contains an invalid email address: "${shorten(address)}". Separate addresses with commas, semicolons, spaces or newlines.`);
        }
    }
    return addresses;
}
/** `Jane <jane@example.org>`: the form of a mail header, which the API does not take. */
function refuseDisplayName(value, label) {
    const angled = /<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(value);
    if (angled) {
        throw new option_values_InputError(`${label} has an address with a display name ("${explain_shorten(value)}"): display names are not supported: give the bare address, e.g. ${explain_shorten(angled[1])}.`);
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
            throw new option_values_InputError(`${naming.option(name)} must be ${wanted}; got "${explain_shorten(value)}".`);
        }
        if (max && n > max.max)
            throw new option_values_InputError(`${naming.option(name)} must be at most ${max.max} (${max.why}); got "${explain_shorten(value)}".`);
        return n;
    };
    return {
        raw,
        required(name) {
            const value = raw(name);
            if (!value)
                throw new option_values_InputError(naming.missing(name));
            return value;
        },
        /** One of the entry's choices (given in any case). */
        choice(name) {
            const allowed = spec(name, 'choice').choices ?? [];
            const value = given(name);
            const match = allowed.find((a) => a === value.toLowerCase());
            if (!match) {
                throw new option_values_InputError(`${naming.option(name)} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got "${explain_shorten(value)}".`);
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
            throw new option_values_InputError(`${naming.option(name)} must be "true" or "false"; got "${explain_shorten(value)}".`);
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
                throw new option_values_InputError(`${naming.option(name)} is not a valid email address: "${explain_shorten(value)}".`);
            return value;
        },
        clientId(name) {
            const value = this.required(name);
            if (!CLIENT_ID.test(value)) {
                throw new option_values_InputError(`${naming.option(name)} must be 50 to 4000 letters and digits (A-Z, a-z, 0-9); the value given ` +
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
                throw new option_values_InputError(`${naming.option(name)} must be a language tag such as "en" or "de-DE"; got "${explain_shorten(value)}".`);
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
function tuning_tuning(env) {
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
    const knobs = tuning_tuning(host.env);
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
        throw labelledError(what, error);
    }
}
/**
 * `error` as a `DeliveryError` labelled `what`: `<what> failed: <why>`. A `DeliveryError` stays as
 * it is, and an answer of the wrong shape already says which answer and what is wrong with it.
 */
function labelledError(what, error) {
    if (error instanceof errors_DeliveryError)
        return error;
    if (error instanceof AnswerShapeError)
        return new errors_DeliveryError(error.step, error.message, error);
    if (error instanceof errors_CryptshareError)
        return new errors_DeliveryError(what, `${what} failed: ${explain_explainRequestFailure(error)}`, error);
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


const wait_systemClock = { now: () => Date.now(), sleep: abortableSleep };
/**
 * Reads until `done` says so or `timeoutMs` has passed, pausing with exponential backoff in
 * between; the last value read, and whether it was done. Each read is told the time left (which
 * may be 0 or less on the last one). A pause ends early, throwing, when `signal` aborts.
 */
async function wait_pollUntil(read, done, bounds) {
    const clock = bounds.clock ?? wait_systemClock;
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
async function wait_inParallel(items, limit, work) {
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
function readers_readTransferPolicy(raw, warn = IGNORE) {
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

;// CONCATENATED MODULE: ./src/core/contract.ts
const contract_NEUTRAL_NAMING = {
    option: (name) => `"${name}"`,
    name: (name) => `"${name}"`,
    setting: (name, value) => `"${name}: ${value}"`,
    missing: (name) => `"${name}" is required and not set.`
};

;// CONCATENATED MODULE: ./src/core/local-files.ts
// The files of a delivery as this tool sees them: what each is, their names and sizes, and the
// error for a file or folder that cannot be used.

/** A file or folder that cannot be used as it is; the message says which and what to do. */
class local_files_FileSelectionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'FileSelectionError';
    }
}
/** The path of `file` relative to `workspace`, with `/` separators on every platform. */
function local_files_relativePosix(workspace, file, pathModule = path) {
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
        const key = local_files_nameKey(file.name);
        const other = byName.get(key);
        if (other) {
            throw new local_files_FileSelectionError(`Two files would be delivered under the same name "${file.name}": "${other.relativePath}" and "${file.relativePath}". ` +
                'Cryptshare needs unique file names in a transfer: narrow the "files" patterns, add a "!" exclude, or rename one of them.');
        }
        byName.set(key, file);
    }
}
/** A file name as recipients compare names: NFC-normalised, without regard to case. */
function local_files_nameKey(name) {
    return name.normalize('NFC').toLowerCase();
}
/** The bytes of all files together. */
function local_files_totalSize(files) {
    return files.reduce((sum, f) => sum + f.size, 0);
}
const UNITS = (/* unused pure expression or super */ null && (['B', 'KiB', 'MiB', 'GiB', 'TiB']));
/** 1536 → "1.5 KiB". */
function local_files_humanSize(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(value < 10 ? 2 : 1)} ${UNITS[unit]}`;
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
function assertNoChecksumFileClash(files, algorithms, naming = NEUTRAL_NAMING) {
    for (const algorithm of algorithms) {
        const name = CHECKSUM_FILE_NAMES[algorithm];
        const clash = files.find((file) => nameKey(file.name) === nameKey(name));
        if (clash)
            throw new InputError(`"${clash.relativePath}" has the name of the checksum file ${name} that ${naming.name('include-checksums')} adds to the transfer: rename it, exclude it with a "!" pattern in ${naming.name('files')}, or set ${naming.setting('include-checksums', 'false')}. Nothing was sent.`);
    }
}
/** Writes the checksum files of `files` into `folder` (created if needed); returns their paths. */
async function writeChecksumFiles(folder, files, algorithms) {
    await fs.mkdir(folder, { recursive: true });
    const written = [];
    for (const algorithm of algorithms) {
        const file = path.join(folder, CHECKSUM_FILE_NAMES[algorithm]);
        await fs.writeFile(file, checksumFileText(files, algorithm));
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
    return Object.values(CHECKSUM_FILE_NAMES).map((name) => path.join(folder, name));
}

;// CONCATENATED MODULE: ./src/core/lifecycle/file-chunks.ts
// Files read in chunks into reused buffers: hashing and uploading make no garbage however many
// files there are, and each chunk is read while the one before is hashed or sent.

/**
 * Each read is a trip through libuv's thread pool: at 256 KiB those cost about a third of the
 * hashing time (64 MiB: 75 ms against 54 ms).
 */
const CHUNK_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Buffers no read uses at the moment. */
const spare = (/* unused pure expression or super */ null && ([]));
/**
 * A file's bytes from its start in chunks of up to CHUNK_BYTES, the next read while the caller
 * uses the last. A chunk is only valid until the next is asked for: its buffer is then read into
 * again. With `length`, exactly that many bytes (a file that shrank fails the iteration);
 * without, up to the end of the file.
 */
async function* file_chunks_fileChunks(filePath, length, signal) {
    const file = await fs.open(filePath, 'r');
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
function checksumAlgorithm(value) {
    if (value === undefined || value === null || value === '')
        return 'sha256';
    if (typeof value !== 'string')
        return undefined;
    const name = value.replace(/[-_\s]/g, '').toUpperCase();
    return { SHA256: 'sha256', SHA512: 'sha512', SHA1: 'sha1', MD5: 'md5' }[name];
}
/** Lowercase hex digests of a file in each of `algorithms`, from one read in chunks. */
async function digestFile(filePath, algorithms, signal) {
    const hashes = [...new Set(algorithms)].map((algorithm) => [algorithm, createHash(algorithm)]);
    for await (const chunk of fileChunks(filePath, undefined, signal))
        for (const [, hash] of hashes)
            hash.update(chunk);
    return Object.fromEntries(hashes.map(([algorithm, hash]) => [algorithm, hash.digest('hex')]));
}
const RACY_MS = 2000;
async function fileStamp(filePath) {
    const s = await fs.stat(filePath, { bigint: true });
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

;// CONCATENATED MODULE: ./src/core/transfer-report.ts









/** The checksum files include-checksums adds: this tool's own, so not counted as downloads to wait for. */
const OWN_FILE_NAMES = new Set(Object.values(CHECKSUM_FILE_NAMES));
/**
 * Reads the transfer's status; a 404 or a refused token is one clear error. With `timeoutMs`, a
 * read that outlasts it throws the client's `CallTimeLimitError` as is, for the caller to explain.
 */
async function transfer_report_readTransfer(client, sender, trackingId, step, options = {}) {
    const { timeoutMs, naming = contract_NEUTRAL_NAMING } = options;
    try {
        return await client.transferStatus(client.transferUrl(sender, trackingId), { timeoutMs });
    }
    catch (error) {
        if (error instanceof request_CallTimeLimitError)
            throw error;
        throw transferReadError(error, { sender, trackingId, step, naming });
    }
}
function transferReadError(error, { sender, trackingId, step, naming }) {
    if (!(error instanceof errors_CryptshareError) || error.kind !== 'http')
        return labelledError(step, error);
    const server = explain_explainRequestFailure(error);
    if (error.status === 404) {
        return new errors_DeliveryError(step, `Transfer ${trackingId} was not found for the sender ${sender} (${server}). Check ${naming.name('tracking-id')}, and that ${naming.name('sender-email')} is the address that sent it: only its sender can read or revoke a transfer.`, error);
    }
    if (error.errorCode === 3002 || error.status === 401) {
        return new errors_DeliveryError(step, `The server does not let this verification token read transfer ${trackingId} (${server}): it lets only the token the transfer was created with read it, or that token expired. ` +
            `In the job that delivered it, pass the delivery's token as ${naming.name('verification-token')}: the action's "verification-token" output, or "verificationToken" in the CLI's --output-json file. A later job cannot read this transfer on such a server.`, error);
    }
    return labelledError(step, error);
}
function transfer_report_statusReader(events) {
    return shape_answer('transfer status', (message) => events.warning(message));
}
const NO_STATE = 'this tool cannot tell whether the transfer is still available. Check the transfer on the server, or run again later.';
/** The report of one status answer; an answer without the transfer's state is an error. */
function transfer_report_transferReport(trackingId, status, read) {
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

;// CONCATENATED MODULE: ./src/core/policy.ts




/**
 * Reads the transfer policy answer. `allowed` decides everything, so without a boolean there it is
 * a protocol error; any other field of the wrong shape is left out with a warning (the server
 * enforces its policy anyway when the session is created and filled).
 */
function readPolicy(raw, warn) {
    // Said before anything else is read: without it there is nothing to decide.
    const allowed = answer('transfer policy', warn, 'transfer policy check').must('bool', raw.allowed, 'allowed', 'there is nothing to decide on whether this sender may send to these recipients. Check that "server-url" points at a Cryptshare server, or ask its administrator.');
    const { failedRecipients, settings } = readTransferPolicy(raw, warn);
    return { allowed, failedRecipients, settings };
}
/**
 * Checks the request against the server's transfer policy before anything is created.
 * Returns the problems found, each a sentence a user can act on (empty when all is well).
 */
function policyProblems(policy, request, naming = NEUTRAL_NAMING) {
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
    const read = answer('password check', warn);
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






async function verification_verifySender(client, options, events) {
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
            ? refused(labelledError('verification', error))
            : labelledError('verification', error);
    }
}
/** The server refused the verification data: errorCode 3002, or a 401/403 other than "not licensed" (3001) and "sender not allowed" (3010). */
function isVerificationRefusal(error) {
    return (error instanceof errors_CryptshareError &&
        error.kind === 'http' &&
        (error.errorCode === 3002 ||
            ((error.status === 401 || error.status === 403) && error.errorCode !== 3001 && error.errorCode !== 3010)));
}
/** ` (server: HTTP 403, errorCode 3002: …)` for a failed request, else nothing. */
function serverDetail(cause) {
    return cause instanceof errors_DeliveryError && cause.cause instanceof errors_CryptshareError
        ? ` (server: ${explain_explainRequestFailure(cause.cause)})`
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

;// CONCATENATED MODULE: ./src/core/revoke.ts







/** How long a transfer still PROCESSING is waited for before it is revoked. */
const REVOKE_PROCESSING_WAIT_MS = 600_000;
/** How often the status is read to learn what an unanswered revocation did, and the pause between. */
const CONFIRM_READS = 3;
const CONFIRM_PAUSE_MS = 1000;
async function revoke_revoke(client, settings, events, signal, clock = wait_systemClock) {
    const { senderEmail: sender, trackingId } = settings;
    await verification_verifySender(client, settings, events);
    const read = transfer_report_statusReader(events);
    // An answer without a state is an error (transferReport), never a state of its own.
    const stateWith = async (reader) => transfer_report_transferReport(trackingId, await transfer_report_readTransfer(reader, sender, trackingId, 'revocation', { naming: events.naming }), read).state;
    const before = await stateBefore(() => stateWith(client), trackingId, events, signal, clock);
    if (before && (before.startsWith('DELETED') || before === 'FAILED')) {
        events.notice(`Transfer ${trackingId} is ${before}: there is nothing to revoke.`);
        return { trackingId, state: before, revoked: false };
    }
    if (before && before !== 'ACTIVE') {
        throw new errors_DeliveryError('revocation', before === 'PROCESSING'
            ? `Transfer ${trackingId} is still PROCESSING after ${REVOKE_PROCESSING_WAIT_MS / 1000} s; only an ACTIVE transfer can be revoked. Try again later.`
            : `Transfer ${trackingId} is in state ${before}; only an ACTIVE transfer can be revoked.`);
    }
    let refusal;
    try {
        await client.revokeTransfer(sender, trackingId, settings);
    }
    catch (error) {
        if (isOlderApi(error)) {
            throw new errors_DeliveryError('revocation', `The server's REST API is older than 1.10, which brought revocation (${explain_explainRequestFailure(error)}). Revoke transfer ${trackingId} in the Cryptshare web interface, or ask the administrator to update Cryptshare.`, error);
        }
        refusal = error;
    }
    // What the server did: its answer may be lost, the step cancelled during the request, or a
    // concurrent revocation may have won. The status read afterwards settles it (the cancel
    // signal no longer applies: the result must be reported).
    const after = await confirmedState(() => stateWith(client.withoutSignal()), clock, outcomeUnknown(refusal));
    if (after.state === 'DELETED_BY_REVOCATION') {
        if (refusal)
            events.info(`The revocation's answer did not arrive, but the transfer's status shows it revoked.`);
        events.info(`Revoked transfer ${trackingId}: its files are deleted on the server${settings.notifyRecipients ? '; the recipients are notified' : ''}.`);
        return { trackingId, state: 'DELETED_BY_REVOCATION', revoked: true };
    }
    const why = refusal === undefined ? undefined : failureText(refusal);
    if (after.state !== undefined) {
        throw new errors_DeliveryError('revocation', refusal === undefined
            ? `The server answered the revocation of transfer ${trackingId}, but its status still reads ${after.state}: it was not revoked. Try again, or revoke it in the Cryptshare web interface.`
            : `The server did not revoke transfer ${trackingId} (${why}); it is ${after.state}.`, refusal);
    }
    if (refusal === undefined && isTokenRefusal(after.error)) {
        // The server accepted the PATCH but lets only the creating token read the transfer.
        events.warning(`The server accepted the revocation of transfer ${trackingId}, but does not let this verification token read its status, so the revocation is not confirmed by a status read.`);
        return { trackingId, state: 'DELETED_BY_REVOCATION', revoked: true };
    }
    const unread = failureText(after.error);
    throw new errors_DeliveryError('revocation', refusal === undefined
        ? `The server answered the revocation of transfer ${trackingId}, but its status could not be read to confirm it (${unread}). Check the transfer's status before relying on it.`
        : `The revocation of transfer ${trackingId} failed (${why}), and its status could not be read afterwards (${unread}): the transfer may or may not be revoked. Check its status (the status command) and revoke again if it is still ACTIVE.`, refusal ?? after.error);
}
/**
 * The state before the revocation, waiting while it is PROCESSING; undefined when this token may
 * not read it (the server then decides about the revocation itself).
 */
async function stateBefore(stateNow, trackingId, events, signal, clock) {
    try {
        const waited = await wait_pollUntil(stateNow, (state) => state !== 'PROCESSING', {
            timeoutMs: REVOKE_PROCESSING_WAIT_MS,
            firstDelayMs: 200,
            maxDelayMs: 5000,
            clock,
            signal,
            onWait: (ms) => events.debug(`Transfer ${trackingId} is still PROCESSING; next check in ${ms} ms.`)
        });
        return waited.value;
    }
    catch (error) {
        if (!isTokenRefusal(causeOf(error)))
            throw error;
        events.info(`This verification token may not read transfer ${trackingId}; sending the revocation anyway, the server decides.`);
        return undefined;
    }
}
/**
 * The state after the revocation, read up to `CONFIRM_READS` times while reads fail (and, when
 * the revocation's outcome is unknown, while it still reads ACTIVE: the request may still be under
 * way on the server); or the last failure.
 */
async function confirmedState(stateNow, clock, mayStillChange) {
    const read = async () => {
        try {
            return { state: await stateNow() };
        }
        catch (failure) {
            return { error: causeOf(failure) };
        }
    };
    const settled = (last) => last.error === undefined ? last.state !== 'ACTIVE' || !mayStillChange : isTokenRefusal(last.error);
    // No cancel signal: the revocation was sent, and what became of it must be said.
    const { value } = await wait_pollUntil(read, settled, {
        timeoutMs: CONFIRM_READS * CONFIRM_PAUSE_MS * 10,
        maxReads: CONFIRM_READS,
        firstDelayMs: CONFIRM_PAUSE_MS,
        maxDelayMs: CONFIRM_PAUSE_MS,
        clock
    });
    return value;
}
/** A failed request that the server may still have carried out: its answer was lost, or it was cancelled. */
function outcomeUnknown(error) {
    return error instanceof errors_CryptshareError && (error.answerLost || error.kind === 'aborted');
}
function causeOf(error) {
    return error instanceof errors_DeliveryError && error.cause !== undefined ? error.cause : error;
}
function failureText(error) {
    const cause = causeOf(error);
    if (cause instanceof errors_CryptshareError)
        return explain_explainRequestFailure(cause);
    return cause instanceof Error ? cause.message : String(cause);
}
/** A server below 1.10: the version check (404/2004), an unknown endpoint (404/1006), or no PATCH (405). */
function isOlderApi(error) {
    if (!(error instanceof errors_CryptshareError) || error.kind !== 'http')
        return false;
    return error.status === 405 || (error.status === 404 && (error.errorCode === 2004 || error.errorCode === 1006));
}

;// CONCATENATED MODULE: ./src/core/status.ts






/** The least time a status read is given, even when download-timeout is (nearly) used up. */
const MIN_READ_MS = 1000;
/** The longest pause between two status reads while waiting for downloads. */
const DOWNLOAD_POLL_MAX_MS = 60_000;
/** Waiting for downloads ended before every file was fetched; `report` is the last one read. */
class status_DownloadTimeoutError extends errors_DeliveryError {
    report;
    constructor(message, report) {
        super('downloads', message);
        this.report = report;
        this.name = 'DownloadTimeoutError';
    }
}
async function status_transferStatus(client, settings, events, options) {
    const { senderEmail: sender, trackingId } = settings;
    const naming = events.naming ?? NEUTRAL_NAMING;
    const clock = options.clock ?? systemClock;
    // download-timeout bounds the whole wait: each status read gets the time left (at least 1 s).
    const deadline = clock.now() + settings.downloadTimeoutSeconds * 1000;
    const timeLeft = () => settings.waitForDownload ? Math.max(deadline - clock.now(), MIN_READ_MS) : undefined;
    await verifySender(client, settings, events);
    const read = statusReader(events);
    let lastRead;
    // A token that expires during a long wait is renewed by the client (client-id verification).
    const report = async () => {
        const status = await readTransfer(client, sender, trackingId, 'transfer status', {
            timeoutMs: timeLeft(),
            naming: events.naming
        });
        lastRead = transferReport(trackingId, status, read);
        options.onReport?.(lastRead);
        return lastRead;
    };
    if (!settings.waitForDownload)
        return report();
    const waited = await pollUntil(report, (r) => r.allDownloaded || r.state !== 'ACTIVE', {
        timeoutMs: Math.max(deadline - clock.now(), 0),
        firstDelayMs: options.firstPollMs,
        maxDelayMs: DOWNLOAD_POLL_MAX_MS,
        clock,
        signal: options.signal,
        onWait: (ms) => events.debug(`Not every file is downloaded yet; next check in ${Math.round(ms / 100) / 10} s.`)
    }).catch((error) => {
        if (!(error instanceof CallTimeLimitError))
            throw error;
        if (lastRead)
            return { value: lastRead, done: false };
        throw new DeliveryError('transfer status', `The server did not answer the status read of transfer ${trackingId} within ${settings.downloadTimeoutSeconds} s (${naming.name('download-timeout')}); its state is unknown. Check the transfer on the server, or raise ${naming.name('download-timeout')}.`, error);
    });
    const last = waited.value;
    if (last.allDownloaded)
        return last;
    if (last.state !== 'ACTIVE') {
        throw new status_DownloadTimeoutError(`Transfer ${trackingId} is ${last.state}: its files can no longer be downloaded, and not every recipient downloaded every file.`, last);
    }
    throw new status_DownloadTimeoutError(`Not every recipient downloaded every file of transfer ${trackingId} within ${settings.downloadTimeoutSeconds} s (${naming.name('download-timeout')}): ${pending(last)}.`, last);
}
/** `a@example.org: app.zip, notes.txt; b@…: …` of what is not downloaded yet. */
function pending(report) {
    return report.downloads
        .map((r) => ({ who: r.recipient, files: r.files.filter((f) => f.downloads.length === 0).map((f) => f.name) }))
        .filter((r) => r.files.length > 0)
        .map((r) => `${r.who} has not downloaded ${r.files.join(', ')}`)
        .join('; ');
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
function log_text_logText(text) {
    return text_escapeControls(text)
        .replace(LINE_COMMAND, '$1\\::')
        .replace(BRACKET_COMMAND, (prefix) => `${prefix.slice(0, -1)}\\[`);
}

;// CONCATENATED MODULE: ./src/core/transfer-options.ts
// The options of the commands after a delivery, `revoke` and `status`: the same names in the
// sub-actions' inputs and the CLI's flags, the connection options shared with the delivery.






const CONNECTION = {
    'server-url': OPTIONS['server-url'],
    'client-id': OPTIONS['client-id'],
    'sender-email': OPTIONS['sender-email'],
    'verification-token': OPTIONS['verification-token'],
    'tracking-id': { kind: 'text', required: true, help: 'Tracking id of the transfer (the delivery\'s "tracking-id")' }
};
const REVOKE_OPTIONS = {
    ...CONNECTION,
    'notify-recipients': { kind: 'boolean', default: 'true', help: 'Email the recipients that the transfer was revoked' },
    'notify-sender': { kind: 'boolean', default: 'true', help: 'Email the sender that the transfer was revoked' },
    message: { kind: 'text', help: "Text of the revocation email (Markdown); the server's default text when empty" },
    language: { ...OPTIONS.language, help: "Language of the server's default revocation text, e.g. en or de-DE" },
    retries: OPTIONS.retries
};
const STATUS_OPTIONS = {
    ...CONNECTION,
    'wait-for-download': {
        kind: 'boolean',
        default: 'false',
        help: 'Wait until every recipient has downloaded every file'
    },
    'download-timeout': {
        kind: 'integer',
        default: '3600',
        max: TIMEOUT_BOUND,
        help: 'Seconds to wait for the downloads'
    },
    'revoke-when-downloaded': {
        kind: 'boolean',
        default: 'false',
        help: 'Once every recipient has downloaded every file, revoke the transfer without notifying the recipients (with wait-for-download; API 1.10)'
    },
    'receipt-recipients': OPTIONS['receipt-recipients'],
    'recipient-hash-key': OPTIONS['recipient-hash-key'],
    retries: OPTIONS.retries
};
function readTransferSettings(read, source) {
    const serverUrl = read.serverUrl('server-url');
    const clientId = read.clientId('client-id');
    const senderEmail = read.email('sender-email');
    const trackingId = read.required('tracking-id');
    // The format is undocumented: refuse only what cannot be one path segment of the API's URLs, by
    // the rule an id read from a Location header follows.
    if (!isPlausibleId(trackingId)) {
        throw new option_values_InputError(`${source.naming.option('tracking-id')} is not a tracking id: "${explain_shorten(text_escapeControls(trackingId))}". A tracking id looks like 20240522-065711-H8UoUSI6 (no spaces, slashes or control characters, not "." or ".."): pass the tracking id the delivery reported.`);
    }
    return {
        serverUrl,
        apiBase: `${serverUrl}/api`,
        clientId,
        senderEmail,
        verificationToken: read.raw('verification-token') || undefined,
        trackingId,
        retries: read.integer('retries')
    };
}
function readRevokeSettings(source) {
    const read = option_reader_optionReader(source, REVOKE_OPTIONS);
    return {
        ...readTransferSettings(read, source),
        notifyRecipients: read.bool('notify-recipients'),
        notifySender: read.bool('notify-sender'),
        message: read.raw('message') || undefined,
        language: read.language('language')
    };
}
function transfer_options_readStatusSettings(source) {
    const read = optionReader(source, STATUS_OPTIONS);
    const waitForDownload = read.bool('wait-for-download');
    const revokeWhenDownloaded = read.bool('revoke-when-downloaded');
    if (revokeWhenDownloaded && !waitForDownload)
        throw new InputError(`${source.naming.setting('revoke-when-downloaded', 'true')} revokes once every file is downloaded, which needs ${source.naming.setting('wait-for-download', 'true')}.`);
    return {
        ...readTransferSettings(read, source),
        waitForDownload,
        downloadTimeoutSeconds: read.integer('download-timeout'),
        revokeWhenDownloaded,
        record: {
            clearRecipients: read.choice('receipt-recipients') === 'clear',
            recipientHashKey: read.raw('recipient-hash-key') || undefined
        }
    };
}

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
    return new esm_Minimatch(pattern, options).match(p);
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
const makeRe = (pattern, options = {}) => new esm_Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
const match = (list, pattern, options = {}) => {
    const mm = new esm_Minimatch(pattern, options);
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
class esm_Minimatch {
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
minimatch.Minimatch = esm_Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./src/core/file-patterns.ts
// The `files` patterns with the semantics of `@actions/glob` (which the action used before),
// matched with minimatch, which does not log: absolute patterns anchored at the workspace, `~`
// for the home folder, `!` excludes (they apply to every include), a trailing separator matching
// directories only, and a matched directory standing for every file below it.


/** What a pattern says about a path (bit flags, as in @actions/glob). */
const file_patterns_Match = { None: 0, Directory: 1, File: 2, All: 3 };
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
            return file_patterns_Match.None;
        return this.directoriesOnly ? file_patterns_Match.Directory : file_patterns_Match.All;
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
class file_patterns_PatternSet {
    includes;
    excludes;
    flavour;
    constructor(lines, workspace, homedir, pathApi = path) {
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
                if (found & file_patterns_Match.File) {
                    lines.push(index);
                    break;
                }
            }
            if (!hits && kind === file_patterns_Match.All)
                break;
        }
        if (kind === 0)
            return { kind, hits: lines };
        for (const line of this.excludes)
            for (const pattern of line.patterns)
                kind &= ~pattern.match(subject);
        return { kind, hits: kind & file_patterns_Match.File ? lines : [] };
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
function absolutePattern(line, workspace, homedir, pathApi = path) {
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

;// CONCATENATED MODULE: ./src/core/file-checks.ts
// The checks of selected files and folders, before anything is sent: readable, printable names,
// inside the workspace; and the messages that say which path and what to do.




/** A path for messages: relative to the workspace when inside it, control characters escaped. */
function file_checks_showPath(workspace, item) {
    return escapeControls(file_checks_isInside(workspace, item) ? relativePosix(workspace, item) : item);
}
function file_checks_isInside(workspace, item) {
    const relative = path.relative(workspace, item);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
function file_checks_errorCode(error) {
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
function file_checks_accessError(shown, error, what = 'path') {
    const code = file_checks_errorCode(error);
    const reason = code ? `${code}: ${REASONS[code] ?? error.message}` : String(error);
    const fix = code === 'ELOOP'
        ? 'Fix or remove the link'
        : code === 'EACCES' || code === 'EPERM'
            ? 'Give read access to the user this tool runs as'
            : 'Check it';
    return new FileSelectionError(`Cannot read the ${what} "${shown}" (${escapeControls(reason)}). ${fix}, or exclude it with a "!" pattern in "files".`);
}
/** File names reach the recipients and the log: control and bidi characters are refused. */
function file_checks_assertPrintableName(file) {
    if (hasControlCharacters(file.relativePath)) {
        throw new FileSelectionError(`File name "${escapeControls(file.relativePath)}" contains control characters or bidirectional overrides ` +
            '(shown escaped); rename it or exclude it with a "!" pattern in "files".');
    }
}
/** Opens and closes the file, so that an unreadable file fails before anything is created. */
async function file_checks_assertReadable(file, fileSystem) {
    try {
        await (await fileSystem.open(file.absolutePath, 'r')).close();
    }
    catch (error) {
        throw file_checks_accessError(escapeControls(file.relativePath), error, 'file');
    }
}
/** File system calls at once: they wait on the disk, not the CPU. */
const file_checks_FILE_SYSTEM_WIDTH = 16;
/** A warning for each file whose real location is outside the workspace (links, `../`, absolute patterns). */
async function file_checks_outsideWorkspace(files, workspace, fileSystem) {
    const realWorkspace = await fileSystem.realpath(workspace).catch(() => path.resolve(workspace));
    const reals = await inParallel(files, file_checks_FILE_SYSTEM_WIDTH, (file) => fileSystem.realpath(file.absolutePath));
    return files.flatMap((file, index) => file_checks_isInside(realWorkspace, reals[index])
        ? []
        : [
            `"${escapeControls(file.relativePath)}" lies outside the workspace: it is ${escapeControls(reals[index])}. It is delivered; exclude it with a "!" pattern if that was not meant.`
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
    const set = new PatternSet(patterns, workspace, options.homedir ?? os.homedir());
    const walker = new Walker(set, workspace, options.fs ?? fs, options.includeHidden ?? false);
    for (const root of set.searchRoots())
        await walker.walkRoot(root);
    const files = [...walker.found.values()].sort((a, b) => a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0);
    for (const file of files)
        assertPrintableName(file);
    await inParallel(files, FILE_SYSTEM_WIDTH, (file) => assertReadable(file, options.fs ?? fs));
    const warnings = [...walker.warnings.sort(), ...(await outsideWorkspace(files, workspace, options.fs ?? fs))];
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
        const hidden = path
            .relative(base, root)
            .split(path.sep)
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
                await this.visit(path.join(item, name), below, name.startsWith('.'));
        }
        else if (match & Match.File) {
            if (!stats.isFile()) {
                this.warnings.push(`Skipped "${this.show(item)}": it is not a regular file.`);
                return;
            }
            this.found.set(item, {
                absolutePath: item,
                relativePath: relativePosix(this.workspace, item),
                name: path.basename(item),
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
async function withoutOwnFiles(files, own, fileSystem = fs) {
    const existing = await Promise.all(own.map(async (o) => ({ real: await fileSystem.realpath(path.resolve(o.path)).catch(() => undefined), by: o.by })));
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





;// CONCATENATED MODULE: ./src/core/commands/outcome.ts
// One classification of any failure, for every command and both front-ends: a mistake in the
// options (usage), a failed run, a delivery whose outcome is not known (uncertain), or a
// cancellation; each with its one line.





/** Mistakes found before the server is contacted (a CLI exits 2). */
function isUsageError(error) {
    return error instanceof option_values_InputError || error instanceof local_files_FileSelectionError;
}
/** One line for any failure; an unexpected one (a bug) says so instead of showing a bare TypeError. */
function describeFailure(error) {
    if (error instanceof errors_DeliveryError || error instanceof AnswerShapeError || isUsageError(error))
        return error.message;
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `Unexpected error (${text}). This is a bug in cryptshare-ci: please report it with the debug output.`;
}
/** A failed command, given whether the run was cancelled meanwhile. */
function outcome_classifyFailure(error, cancelled) {
    if (cancelled) {
        const known = error instanceof errors_DeliveryError || error instanceof AnswerShapeError || isUsageError(error);
        return { kind: 'cancelled', message: known ? error.message : undefined, byCancel: isCancel(error) };
    }
    return { kind: isUsageError(error) ? 'usage' : 'failed', message: describeFailure(error), byCancel: false };
}
/** Whether a failure is the cancel itself (not, say, a failure met while cleaning up after it). */
function isCancel(error) {
    for (let e = error; e instanceof Error; e = e.cause) {
        if (e instanceof errors_CryptshareError)
            return e.kind === 'aborted';
        if (e.name === 'AbortError')
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/receipt/recipients.ts
// The recipients as a receipt names them: pseudonymised by default (an archive of receipts is
// not a list of a company's customers), in clear only when asked for. With a secret key the
// pseudonyms are the same in every receipt (an auditor holding the key can look an address up);
// without one a random salt of this receipt, stored in it, still lets anyone who knows an
// address check whether it was a recipient, but not list them.

/** One address's pseudonym: HMAC-SHA256 of the address in lower case, as hex. */
function pseudonym(address, key) {
    return createHmac('sha256', key).update(address.trim().toLowerCase()).digest('hex');
}
function recipients_recipientsInReceipt(recipients, options) {
    if (options.clear)
        return { form: 'clear', ...recipients };
    const key = options.key ?? randomBytes(16);
    const map = (list) => list.map((address) => pseudonym(address, key));
    const hashed = { to: map(recipients.to), cc: map(recipients.cc), bcc: map(recipients.bcc) };
    return options.key
        ? { form: 'hmac-sha256', keyed: true, ...hashed }
        : { form: 'hmac-sha256', keyed: false, salt: key.toString('hex'), ...hashed };
}

;// CONCATENATED MODULE: ./src/core/receipt/retrieval-record.ts




const RETRIEVAL_RECORD_TYPE = 'https://github.com/cryptshare-ci/cryptshare-ci/retrieval-record/v1';
function retrieval_record_retrievalRecord(report, settings, context) {
    const names = recipientsInReceipt({ to: report.downloads.map((r) => r.recipient), cc: [], bcc: [] }, { clear: settings.record.clearRecipients, key: settings.record.recipientHashKey });
    const subject = report.files
        .filter((file) => Object.keys(file.digest).length > 0)
        .map((file) => ({ name: file.name, digest: file.digest }));
    return {
        _type: STATEMENT_TYPE,
        subject,
        predicateType: RETRIEVAL_RECORD_TYPE,
        predicate: {
            trackingId: report.trackingId,
            state: context.revoked?.state ?? report.state,
            allRetrieved: report.allDownloaded,
            server: { url: settings.serverUrl },
            sender: settings.senderEmail,
            recipientNames: names.form === 'clear'
                ? { form: 'clear' }
                : { form: 'hmac-sha256', keyed: names.keyed, ...(names.keyed ? {} : { salt: names.salt }) },
            retrievals: report.downloads.map((r, i) => ({
                recipient: names.to[i],
                files: r.files.map((f) => ({ name: f.name, retrievedAt: f.downloads }))
            })),
            ...(context.revoked ? { revoked: context.revoked } : {}),
            filesWithoutDigest: report.files.filter((f) => !Object.keys(f.digest).length).map((f) => f.name),
            timestamps: { recordWritten: new Date(context.now).toISOString() },
            ci: ciRun(context.env),
            tool: { name: 'cryptshare-ci', version: VERSION, frontEnd: context.frontEnd }
        }
    };
}

;// CONCATENATED MODULE: ./src/core/commands/transfer.ts
// The commands after a delivery, once for both front-ends: the status of a sent transfer (and
// its downloads) and its revocation. Each reads its options, connects, runs, and classifies.












async function runStatus(source, host, frontEnd = 'cli') {
    let lastRead;
    return command(host, source, readStatusSettings, async (client, settings) => {
        const now = () => (host.clock ?? systemClock).now();
        const recorded = (outcome) => ({
            ...outcome,
            record: outcome.value
                ? retrievalRecord(outcome.value, settings, { env: host.env, now: now(), frontEnd, revoked: outcome.revoked })
                : undefined
        });
        // Before waiting, maybe for days: a server that cannot revoke is said at once.
        if (settings.revokeWhenDownloaded)
            await assertRevocationSupported(client, settings, host);
        let report;
        try {
            report = await transferStatus(client, settings, host, {
                firstPollMs: tuning(host.env).downloadPollMs,
                signal: host.signal,
                clock: host.clock,
                onReport: (read) => (lastRead = read)
            });
        }
        catch (error) {
            // Cancelled while waiting for downloads: what was last read is still the answer so far.
            if (host.signal.aborted && lastRead)
                return recorded({
                    status: 'cancelled',
                    value: lastRead,
                    message: classifyFailure(error, true).message,
                    usage: false
                });
            if (error instanceof DownloadTimeoutError)
                return recorded({ status: 'timeout', value: error.report, message: error.message, usage: false });
            throw error;
        }
        if (!settings.revokeWhenDownloaded || !report.allDownloaded || report.state !== 'ACTIVE')
            return recorded({ status: 'ok', value: report, usage: false });
        host.info(`Every recipient has downloaded every file of transfer ${report.trackingId}: revoking it (revoke-when-downloaded).`);
        const revocation = await revoke(client, { ...settings, notifyRecipients: false, notifySender: true }, host, host.signal, host.clock);
        const revoked = {
            at: new Date(now()).toISOString(),
            state: revocation.state,
            recipientsNotified: false
        };
        return recorded({ status: 'ok', value: report, usage: false, revoked });
    });
}
/** The revocation endpoint is API 1.10: a server below answers a request asking for 1.10 with 404 (2004). */
async function assertRevocationSupported(client, settings, host) {
    try {
        await client.verificationStatus(settings.senderEmail, {
            signal: host.signal,
            minimumMinor: REVOCATION_MINOR_API_VERSION
        });
    }
    catch (error) {
        if (error instanceof CryptshareError && error.kind === 'http' && error.status === 404)
            throw new DeliveryError('revocation', `The server's REST API is older than 1.${REVOCATION_MINOR_API_VERSION} (${explainRequestFailure(error)}): it cannot revoke a transfer, so ${host.naming.setting('revoke-when-downloaded', 'true')} cannot be honoured. Remove it, or update the server. Nothing was waited for.`, error);
        throw error;
    }
}
async function runRevoke(source, host) {
    return command(host, source, readRevokeSettings, async (client, settings) => ({
        status: 'ok',
        value: await revoke_revoke(client, settings, host, host.signal, host.clock),
        usage: false
    }));
}
/** Options → connection → the command; any failure classified, the connection closed. */
async function command(host, source, read, run) {
    let connection;
    try {
        const settings = read(source);
        connection = openConnection(settings, host);
        return await run(connection.client, settings);
    }
    catch (error) {
        const failure = outcome_classifyFailure(error, host.signal.aborted);
        return {
            status: failure.kind === 'cancelled' ? 'cancelled' : 'failed',
            message: failure.message,
            usage: failure.kind === 'usage'
        };
    }
    finally {
        connection?.close();
    }
}

;// CONCATENATED MODULE: ./src/core/version.ts
/** This tool's version (package.json's, checked by a test): `--version`, the CLI's User-Agent. */
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/core/host.ts

/** The User-Agent of a front-end: its product name and this tool's version. */
function userAgent(product) {
    return `${product}/${version_VERSION}`;
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
function rawInput(env, name) {
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
    return readDeliverySettings({ get: (name) => rawInput(env, name), naming: ACTION_NAMING }, { senderName: 'GitHub Actions', workspace: env.GITHUB_WORKSPACE || process.cwd() });
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
        info: (message) => info(log_text_logText(message)),
        warning: (message) => warning(text_escapeControls(message)),
        debug: (message) => debug(text_escapeControls(message)),
        notice: (message) => notice(text_escapeControls(message)),
        secret: (value) => setSecret(value),
        naming: ACTION_NAMING
    };
}
/** Masks every secret input before anything can print it, even before validation. */
function host_maskSecretInputs() {
    for (const name of SECRET_OPTIONS) {
        const value = rawInput(process.env, name);
        if (value)
            setSecret(value);
    }
}
/**
 * Aborts `signal` on SIGINT/SIGTERM/SIGHUP (the runner's cancellation, a lost terminal of a
 * self-hosted runner) with a warning, until `dispose`. The clean-up always runs (the post step
 * backs it up), so a further signal only says so; one within moments of the first is the same.
 */
function host_cancelOnSignals(what) {
    const watch = watchCancelSignals({
        first: (signal) => warning(`Received ${signal}: cancelling ${what}.`),
        again: (signal) => warning(`Received ${signal} again: still cancelling ${what}, the clean-up continues.`)
    });
    return { signal: watch.signal, dispose: watch.dispose };
}

;// CONCATENATED MODULE: ./src/core/summary/dates.ts
// Dates as people read them in a summary ("3 January 2027", "4 Dec 2026 14:03 UTC", "in 30 days");
// JSON outputs keep the server's ISO text. A date that cannot be read is shown as the server wrote it.
const DAY_MS = 86_400_000;
// Written out rather than by Intl.DateTimeFormat, whose first use loads locale data (about 12 ms
// at every start when the formatters were made at load) and whose short month names change with
// the ICU version; these are en-GB's.
const MONTHS = (/* unused pure expression or super */ null && ([
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
]));
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
/** "3 January 2027" (UTC). */
function dates_longDate(iso) {
    const time = Date.parse(iso);
    if (Number.isNaN(time))
        return iso;
    const date = new Date(time);
    return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
/** "4 Dec 2026 14:03 UTC". */
function dates_dateTime(iso) {
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
function dates_expiry(iso, now) {
    if (!iso)
        return 'expiry as the server sets it';
    const words = fromNow(iso, now);
    return words ? `expires ${words}, on ${dates_longDate(iso)}` : `expires ${iso}`;
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
    return text_escapeControls(value).replace(MARKUP, (c) => `&#${c.charCodeAt(0)};`);
}
/** Monospace text (a tracking id, a digest), as escaped as `text`. */
function markdown_code(value) {
    return `<code>${markdown_text(value)}</code>`;
}
/** A table: the cells are already escaped (built with `text`/`code`). */
function markdown_table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** The bytes one table row adds to the summary. */
function markdown_rowBytes(cells) {
    return Buffer.byteLength(`| ${cells.join(' | ')} |\n`);
}
/** "1 file", "3 files". */
function markdown_count(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}

;// CONCATENATED MODULE: ./src/core/summary/transfer.ts


/** A transfer whose files are gone (revoked, expired, deleted) or never became downloadable. */
function isGone(state) {
    return state.startsWith('DELETED') || state === 'FAILED';
}
/** What a state means for the recipients, in words. */
function stateInWords(state) {
    switch (state) {
        case 'ACTIVE':
            return 'active: the recipients can download the files';
        case 'PROCESSING':
            return 'still being processed by the server: the recipients cannot download yet';
        case 'FAILED':
            return 'failed: the server could not process any file; nothing can be downloaded';
        case 'DELETED_BY_REVOCATION':
            return 'revoked: its files are deleted and can no longer be downloaded';
        case 'DELETED_BY_EXPIRATION':
            return 'expired: its files are deleted';
        case 'DELETED_BY_ADMIN':
            return 'deleted by an administrator: its files can no longer be downloaded';
        case 'DELETED_BY_SECURITY':
            return 'deleted for security reasons: its files can no longer be downloaded';
        default:
            return `in state ${markdown_text(state)}`;
    }
}
function transfer_statusSummary(outcome, now) {
    const report = outcome.value;
    if (!report)
        return `${failureLine('Transfer status not read', outcome)}\n`;
    const transfer = `Transfer ${code(report.trackingId)}`;
    const gone = isGone(report.state);
    const recipients = report.downloads.length;
    const files = report.downloads[0]?.files.length ?? 0;
    const downloaded = report.downloads.reduce((n, r) => n + r.files.filter((f) => f.downloads.length).length, 0);
    const cells = recipients * files;
    let line;
    if (gone)
        line = `🗑️ ${transfer} is ${stateInWords(report.state)}.`;
    else if (report.allDownloaded)
        line = `✅ ${transfer}: every recipient has downloaded every file (${count(recipients, 'recipient')}, ${count(files, 'file')}); ${expiry(report.expirationDate, now)}.`;
    else
        line = `⏳ ${transfer} is ${stateInWords(report.state)}; ${downloaded} of ${cells} downloads done; ${expiry(report.expirationDate, now)}.`;
    if (gone && cells)
        line += ` Before that, ${downloaded} of ${cells} downloads were done.`;
    if (outcome.status !== 'ok' && outcome.message)
        line += ` ${text(outcome.message)}`;
    if (outcome.revoked)
        line += ` Revoked on ${text(dateTime(outcome.revoked.at))} once every file was downloaded (revoke-when-downloaded; the recipients were not notified).`;
    const header = ['Recipient', ...(report.downloads[0]?.files.map((f) => text(f.name)) ?? [])];
    const rows = report.downloads.map((r) => [
        text(r.recipient),
        ...r.files.map((f) => f.downloads[0] ? `downloaded ${text(dateTime(f.downloads[0]))}` : gone ? 'not downloaded' : 'not yet')
    ]);
    return cells ? `${line}\n\n${table(header, rows)}\n` : `${line}\n`;
}
function revokeSummary(outcome, now) {
    const result = outcome.value;
    if (!result || outcome.status !== 'ok')
        return `${failureLine('Not revoked', outcome)}\n`;
    const transfer = `Transfer ${markdown_code(result.trackingId)}`;
    if (result.revoked)
        return `🗑️ ${transfer} was revoked on ${markdown_text(dates_dateTime(new Date(now).toISOString()))}: its files are deleted and can no longer be downloaded.\n`;
    return `➖ Nothing to revoke: ${transfer} is ${stateInWords(result.state)}.\n`;
}
function failureLine(what, outcome) {
    const why = outcome.message ? ` ${markdown_text(outcome.message)}` : '';
    return outcome.status === 'cancelled' ? `⏹️ **${what}: cancelled.**${why}` : `❌ **${what}.**${why}`;
}

;// CONCATENATED MODULE: ./src/core/summary/delivery.ts



function delivery_deliverySummary(outcome, context) {
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
    const why = message ? ` ${text(sentence(message))}` : '';
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
            return `⚠️ **Sent, but not available yet:**${transfer} is ${text(result.state)}.${why}`;
        case 'delivered':
            if (!result)
                return `✅ **Delivered.**`;
            if (result.removedFiles.length)
                return partly(result, to, context);
            if (outcome.failed)
                return `⚠️ **Sent as${transfer}, but the run did not end cleanly.**${why}`;
            if (result.state !== 'ACTIVE')
                return `✅ **Sent**${to ? ` to ${to}` : ''} as${transfer}, ${text(result.state ?? 'state unknown')}: the server is still checking the files and notifies the recipients once it is ACTIVE; ${expiry(result.expirationDate, context.now)}.`;
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
    const each = result.removedFiles.map((f) => `${text(f.name)} (${removalCause(f.cause)})`);
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
        rows.push(['State', text(result.state)]);
    if (result.expirationDate)
        rows.push(['Expires', `${text(longDate(result.expirationDate))} (${text(result.expirationDate)})`]);
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
    return [text(file.name), `${text(size)}${exact}`, code(file.sha256), status];
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
    return result.state === 'ACTIVE' ? 'delivered' : `sent (${text(result.state)})`;
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
        ...recipients.to.map((r) => `${text(r)} (to)`),
        ...recipients.cc.map((r) => `${text(r)} (cc)`),
        ...recipients.bcc.map((r) => `${text(r)} (bcc)`)
    ].join(', ');
}
/** A message as a sentence: ends with a full stop. */
function sentence(message) {
    return /[.!?]$/.test(message) ? message : `${message}.`;
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
        markdown += `\n${total - shown} more file(s) are not shown here (GitHub drops a job summary over 1 MiB); every file is listed in ${text(filesList)} (the "files-list" output).\n`;
        runner.warning(escapeControls(`The job summary shows the first ${shown} of ${total} files (GitHub drops a summary over 1 MiB); every file is listed in ${filesList} (the "files-list" output).`));
    }
    await summary_appendSummary(markdown);
}
/** Appends Markdown to the job summary, set apart from what earlier steps wrote. */
async function summary_appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        await (0,promises_namespaceObject.appendFile)(file, `\n${markdown}`);
}

;// CONCATENATED MODULE: ./src/action/sub-actions.ts
// The sub-actions after a delivery: `revoke/action.yml` and `status/action.yml`.












async function sub_actions_runRevoke() {
    host_maskSecretInputs();
    const cancellation = host_cancelOnSignals('the step');
    try {
        const outcome = await runRevoke(inputs(), host_actionHost(cancellation.signal));
        await summary_appendSummary(revokeSummary(outcome, Date.now()));
        if (outcome.value)
            setOutput('state', outcome.value.state);
        if (outcome.status !== 'ok')
            fail(outcome.message ?? 'The revocation was cancelled.');
    }
    finally {
        cancellation.dispose();
    }
}
async function sub_actions_runStatus() {
    maskSecretInputs();
    const cancellation = cancelOnSignals('the step');
    try {
        const outcome = await statusCommand(inputs(), actionHost(cancellation.signal), 'github-action');
        if (outcome.value)
            publish(outcome.value);
        if (outcome.revoked)
            runner.setOutput('state', outcome.revoked.state);
        runner.setOutput('retrieval-record-path', await writeRecord(outcome.record));
        await appendSummary(statusSummary(outcome, Date.now()));
        if (outcome.status === 'cancelled' && outcome.value)
            fail('The status step was cancelled; its outputs are those of the last status read.');
        else if (outcome.status !== 'ok')
            fail(outcome.message ?? 'The status step was cancelled.');
    }
    finally {
        cancellation.dispose();
    }
}
/** Writes the retrieval record to the runner's temporary folder; returns its path ('' without one). */
async function writeRecord(record) {
    if (!record)
        return '';
    const file = path.join(process.env.RUNNER_TEMP || os.tmpdir(), `cryptshare-retrieval-${randomUUID()}.intoto.json`);
    try {
        await writeFile(file, statementText(record));
        return file;
    }
    catch (error) {
        runner.warning(escapeControls(`Could not write the retrieval record to ${file}: ${error.message}.`));
        return '';
    }
}
function inputs() {
    return { get: (name) => rawInput(process.env, name), naming: ACTION_NAMING };
}
function fail(message) {
    setFailed(text_escapeControls(message));
}
function publish(report) {
    runner.setOutput('state', report.state);
    runner.setOutput('expiration-date', report.expirationDate ?? '');
    runner.setOutput('downloads', JSON.stringify(report.downloads));
    runner.setOutput('all-downloaded', String(report.allDownloaded));
    runner.info(logText(`Transfer ${report.trackingId} is ${report.state}; every file downloaded: ${report.allDownloaded}.`));
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
/******/ var __webpack_exports__ = __nccwpck_require__(887);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map
// The benchmark's Teams peer: the activities ChatCoach is measured on, answered by a minimal bot on
// the Bot Framework SDK for JavaScript (botbuilder 4.23.3). Token validation is ON, as for ChatCoach:
// every inbound activity's RS256 token is checked against the benchmark's fake OpenID metadata and
// signing keys (issuer, audience, expiry, the key's "msteams" endorsement); the reply carries a bot
// token from the fake token endpoint, cached until it nears expiry. The only code beyond the SDK's
// documented minimum is that token fetch: the SDK's own (MSAL) insists on an https login authority,
// which a loopback fake is not. The reply is a fixed Adaptive Card with the scoreboard, posted back
// through the connector at the activity's serviceUrl. Nothing is persisted.
const http = require('http');
const { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');
const { AppCredentials, ServiceClientCredentialsFactory } = require('botframework-connector');

const appId = process.env.MICROSOFT_APP_ID;
const appPassword = process.env.MICROSOFT_APP_PASSWORD;
const tokenEndpoint = process.env.TOKEN_ENDPOINT;

/** The bot's outbound token, from the fake token endpoint (client credentials), cached by AppCredentials. */
class FakeEndpointCredentials extends AppCredentials {
  constructor() {
    super(appId, undefined, 'https://api.botframework.com/.default');
  }

  async refreshToken() {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appPassword, scope: this.oAuthScope });
    const response = await fetch(tokenEndpoint, { method: 'POST', body });
    const token = await response.json();
    return { accessToken: token.access_token, expiresOn: new Date(Date.now() + token.expires_in * 1000) };
  }
}

class FakeEndpointCredentialsFactory extends ServiceClientCredentialsFactory {
  async isValidAppId(id) { return id === appId; }
  async isAuthenticationDisabled() { return false; }
  async createCredentials() { return new FakeEndpointCredentials(); }
}

const auth = new ConfigurationBotFrameworkAuthentication(
  {
    MicrosoftAppId: appId,
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: process.env.OPENID_METADATA_URL,
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  },
  new FakeEndpointCredentialsFactory());
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => console.error(`turn failed: ${error.message}`);

const card = CardFactory.adaptiveCard({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Where we stand for October 2026: 2 of 6 indicators reported.', weight: 'Bolder', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Cost per qualified opportunity', value: '$412 (Oct 2026), -$43, recorded by Dana on Nov 3' },
        { title: 'Win rate on deals decided by more than price', value: '31% (Oct 2026), +3 pts, recorded by Lee on Nov 4' },
      ],
    },
  ],
});

class ScoreboardBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.attachment(card));
      await next();
    });
  }
}
const bot = new ScoreboardBot();

/** The three calls CloudAdapter.process makes on a response (status, send, end), on Node's own. */
function expressLike(res) {
  return {
    socket: res.socket,
    header: (name, value) => res.setHeader(name, value),
    status: (code) => { res.statusCode = code; },
    send: (body) => {
      if (body !== undefined) {
        res.setHeader('Content-Type', 'application/json');
        res.write(typeof body === 'string' ? body : JSON.stringify(body));
      }
    },
    end: () => res.end(),
  };
}

// Node's own HTTP server: the request body parsed as JSON, as restify's bodyParser would.
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.end('ok');
    return;
  }
  if (req.method !== 'POST' || req.url !== '/api/messages') {
    res.statusCode = 404;
    res.end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    try {
      await adapter.process(req, expressLike(res), (context) => bot.run(context));
    } catch (error) {
      // The SDK throws on an activity it cannot read (no type, say): a 400, not a crashed process.
      if (!res.headersSent) {
        res.statusCode = 400;
      }
      res.end();
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));

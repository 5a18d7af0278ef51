// The benchmark's peer: the Slack scenario ChatCoach is measured on, served by a minimal Bolt app.
// Bolt verifies the signature, acknowledges, and the listener replies in the thread with a fixed
// short scoreboard through chat.postMessage (to the benchmark's fake Web API), whatever the mention
// says (the benchmark sends it the same mix of messages as ChatCoach). Several workspaces, each with
// its own bot token: an authorize function looks the workspace's token up, as Bolt's installation
// store would after OAuth installs (here from memory: Bolt's default store keeps them there too).
// Nothing is persisted before the acknowledgement: that is Bolt's default, and ChatCoach does more work here.
const { App, LogLevel } = require('@slack/bolt');

const scoreboard = [
  'Where we stand for October 2026: 2 of 6 indicators reported.',
  'Cost per qualified opportunity: $412 (Oct 2026), -$43, recorded by Dana on Nov 3',
  'Win rate on deals decided by more than price: 31% (Oct 2026), +3 pts, recorded by Lee on Nov 4',
].join('\n');

const workspaces = JSON.parse(process.env.SLACK_WORKSPACES);

const app = new App({
  authorize: async ({ teamId }) => {
    const workspace = workspaces[teamId];
    if (!workspace) {
      throw new Error(`workspace ${teamId} is not installed`);
    }
    return workspace;
  },
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});

app.event('app_mention', async ({ event, client }) => {
  await client.chat.postMessage({ channel: event.channel, thread_ts: event.ts, text: scoreboard });
});

(async () => {
  await app.start(Number(process.env.PORT));
  console.log('ready');
})();

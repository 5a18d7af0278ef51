using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.Inbound;

namespace ChatCoach.Channels.Slack.Tests;

public class SlackDeliveryTests
{
    private const string Event = """
        {"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_mention","user":"U1","channel":"C1","ts":"1.2","text":"<@UBOT> where do we stand \u2014 \"now\""}}
        """;

    [Fact]
    public void An_event_is_stored_as_the_json_it_came_in_and_reads_back_the_same()
    {
        var delivery = SlackDelivery.FromHttp("application/json", Event);

        var stored = SlackDelivery.FromPayload(delivery.ToPayload());

        Assert.Equal(SlackDeliveryKind.Event, stored.Kind);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Event), stored.Body));
        Assert.Equal("<@UBOT> where do we stand — \"now\"", SlackDelivery.Text(stored.Body!["event"]!.AsObject(), "text"));
    }

    [Fact]
    public void A_command_from_a_form_is_stored_from_its_fields()
    {
        var delivery = SlackDelivery.FromHttp("application/x-www-form-urlencoded", "command=%2Fcoach&text=where+do+we+stand&trigger_id=tr1&team_id=T1");

        var stored = SlackDelivery.FromPayload(delivery.ToPayload());

        Assert.Equal(SlackDeliveryKind.Command, stored.Kind);
        Assert.Equal("where do we stand", SlackDelivery.Text(stored.Body!, "text"));
    }
}

using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Scoreboard.Charts;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Scoreboard.Understanding;
using ChatCoach.Scoreboard.WorkspaceData;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Scoreboard;

/// <summary>The scoreboard feature's wiring: its plugins, the state its conversations keep, and the embedded planner that reads it.</summary>
public static class ScoreboardServices
{
    /// <summary>
    /// Expects the stores (IScoreboardStore, IBoardStore, IConversationStateStore, the workspace
    /// data eraser), the ReportingCalendar and the admin policy; a host may register
    /// <see cref="StandingPictures"/> from its options, or the standing offers the panel as a button.
    /// </summary>
    public static IServiceCollection AddChatCoachScoreboard(this IServiceCollection services)
    {
        services.AddSingleton<ScoreboardPlugin>();
        services.AddSingleton<BoardPlugin>();
        services.AddSingleton<ChartsPlugin>();
        services.AddSingleton<ScoreboardTransfer>();
        services.AddSingleton<WorkspacePlugin>();
        foreach (var plugin in Plugins())
        {
            services.AddSingleton(sp => plugin(sp));
        }
        // Follow-ups and writes waiting for a yes survive a restart: kept in the database.
        services.AddSingleton(sp => new ConversationStates(sp.GetRequiredService<IConversationStateStore>()));
        services.AddSingleton<EmbeddedPlanner>();
        services.AddSingleton<IEmbeddedPlanner>(sp => sp.GetRequiredService<EmbeddedPlanner>());
        services.AddSingleton<IPlanner>(sp => sp.GetRequiredService<EmbeddedPlanner>());
        return services;
    }

    private static IEnumerable<Func<IServiceProvider, FeaturePlugin>> Plugins() =>
    [
        sp => new FeaturePlugin(ScoreboardPlugin.Name, sp.GetRequiredService<ScoreboardPlugin>()),
        sp => new FeaturePlugin(BoardPlugin.Name, sp.GetRequiredService<BoardPlugin>()),
        sp => new FeaturePlugin(ChartsPlugin.Name, sp.GetRequiredService<ChartsPlugin>()),
        sp => new FeaturePlugin(WorkspacePlugin.Name, sp.GetRequiredService<WorkspacePlugin>()),
    ];

    /// <summary>The scoreboard's plugins for a kernel built by hand (tests, tools): those given, by their names.</summary>
    public static IEnumerable<FeaturePlugin> PluginsOf(ScoreboardPlugin scoreboard, BoardPlugin? board = null, ChartsPlugin? charts = null, WorkspacePlugin? workspace = null)
    {
        yield return new FeaturePlugin(ScoreboardPlugin.Name, scoreboard);
        if (board is not null)
        {
            yield return new FeaturePlugin(BoardPlugin.Name, board);
        }
        if (charts is not null)
        {
            yield return new FeaturePlugin(ChartsPlugin.Name, charts);
        }
        if (workspace is not null)
        {
            yield return new FeaturePlugin(WorkspacePlugin.Name, workspace);
        }
    }
}

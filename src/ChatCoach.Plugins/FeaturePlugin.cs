namespace ChatCoach.Plugins;

/// <summary>
/// A feature's kernel plugin as its feature registers it (<c>services.AddSingleton(new FeaturePlugin(...))</c>
/// in its <c>Add…()</c>): the kernel takes every one it is given, so adding a feature edits no central list.
/// </summary>
/// <param name="Name">The plugin's name, which prefixes its functions for a language model.</param>
/// <param name="Instance">The object whose [KernelFunction] methods become the plugin.</param>
public sealed record FeaturePlugin(string Name, object Instance);

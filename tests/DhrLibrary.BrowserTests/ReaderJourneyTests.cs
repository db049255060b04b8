using DhrLibrary.BrowserTests.Support;

namespace DhrLibrary.BrowserTests;

/// <summary>
/// What a bereaved relative on a phone, a council coordinator and a researcher met, at a phone's width (390 px) and a
/// laptop's (1,280 px): the exit control, the support page, status badges, report addresses, recurring groups.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReaderJourneyTests(SiteFixture site, AuditSites audit) : IClassFixture<AuditSites>
{
    public static TheoryData<int> Widths => new() { 390, 1280 };

    private static BrowserNewContextOptions At(int width, int height = 700) => new() { ViewportSize = new() { Width = width, Height = height } };

    // The seed site and the generated library are served on their own origins: a session there allows only that origin.
    private async Task<PageSession> OpenAuditAsync(string url, BrowserNewContextOptions options)
    {
        var uri = new Uri(url);
        var session = await PageSession.StartAsync(await site.Browser.NewContextAsync(options), $"{uri.Scheme}://{uri.Authority}/");
        await session.GotoAsync(url);
        return session;
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task A_bereaved_relative_finds_the_review_from_the_home_page_and_reaches_support_without_losing_the_exit_control(int width)
    {
        await using var session = await OpenAuditAsync(audit.Seed(""), At(width));
        await ExitControl.AssertInReachAsync(session.Page, "home");

        // From the home page's latest reviews to the review, read to its end.
        await session.Page.Locator("section[aria-labelledby=latest] a", new() { HasText = "Manchester review" }).ClickAsync();
        await session.WaitForUrlAsync(audit.Seed("reviews/manchester-2023-05/"));
        await session.Page.WaitForLoadStateAsync(LoadState.Load);
        await ExitControl.AssertInReachAsync(session.Page, "review, top");
        await ExitControl.ScrollToFootAsync(session.Page);
        Assert.True(await session.Page.EvaluateAsync<double>("() => window.scrollY") > 500, "the review is long enough to scroll");
        await ExitControl.AssertInReachAsync(session.Page, "review, foot");

        // Support from the content note, as someone who has lost someone would look for it.
        var note = session.Page.Locator(".content-note");
        Assert.Contains("lost someone", await note.InnerTextAsync());
        await note.GetByRole(AriaRole.Link).ClickAsync();
        await session.WaitForUrlAsync(audit.Seed("support/"));
        await session.Page.WaitForLoadStateAsync(LoadState.Load);
        await ExitControl.AssertInReachAsync(session.Page, "support, top");
        Assert.True(await session.Page.GetByRole(AriaRole.Heading, new() { Name = "If someone close to you has died" }).IsVisibleAsync());
        await ExitControl.ScrollToFootAsync(session.Page);
        await ExitControl.AssertInReachAsync(session.Page, "support, foot");

        Assert.Empty(session.Problems);
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "support scrolls sideways");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_exit_control_stays_in_reach_and_compact_at_the_foot_of_a_long_page(int width)
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Review), At(width, 500));
        await ExitControl.ScrollToFootAsync(session.Page);

        await ExitControl.AssertInReachAsync(session.Page, $"{width} px");
        var place = await ExitControl.PlaceAsync(session.Page);
        if (width < 640)
        {
            // A compact bar on a phone: no more than 56 px of a 500 px screen.
            Assert.True(place.BarHeight <= 56, $"the exit bar is {place.BarHeight} px tall at {width} px");
        }
    }

    [Fact]
    public async Task On_a_touch_screen_the_exit_control_offers_no_keyboard_shortcut_but_with_a_keyboard_it_does()
    {
        await using var phone = await site.OpenAsync(site.Url(SitePages.Review),
            new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 700 }, IsMobile = true, HasTouch = true });
        await using var laptop = await site.OpenAsync(site.Url(SitePages.Review), At(1280));

        Assert.Equal("Exit this page", (await phone.Page.Locator("#exit-this-page").TextContentAsync())?.Trim());
        Assert.Equal("Exit this page (or press Shift three times)", (await laptop.Page.Locator("#exit-this-page").TextContentAsync())?.Trim());
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_support_page_numbers_can_be_tapped_to_call(int width)
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Support), At(width));

        var numbers = await session.Page.Locator("main a[href^='tel:']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') + ' ' + a.textContent)");
        Assert.True(numbers.Length >= 7, string.Join('\n', numbers));
        Assert.All(numbers, n => Assert.Matches(@"^tel:\d+ [\d ]+$", n));
        Assert.Contains(numbers, n => n.StartsWith("tel:08082000247 ", StringComparison.Ordinal));
        Assert.Equal("https://aafda.org.uk/", await session.Page.GetByRole(AriaRole.Link, new() { Name = "aafda.org.uk" }).GetAttributeAsync("href"));
        Assert.Equal("tel:08082000247", await session.Page.Locator("footer .support-line a[href^='tel:']").First.GetAttributeAsync("href"));

        // Each number reads on one line ("116 / 123" over two is easy to misdial).
        var split = await session.Page.Locator("a[href^='tel:']").EvaluateAllAsync<string[]>(
            "links => links.filter(a => new Set([...a.getClientRects()].map(r => Math.round(r.top))).size > 1).map(a => a.textContent)");
        Assert.True(split.Length == 0, "split over lines: " + string.Join(", ", split));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_status_badge_leads_to_what_the_statuses_mean(int width)
    {
        await using var session = await site.OpenAsync(site.Url(SitePages.Review), At(width));
        int badges = await session.Page.Locator("main .status").CountAsync();
        int linked = await session.Page.Locator("main a.status-link > .status").CountAsync();

        Assert.True(badges > 0 && badges == linked, $"{linked} of {badges} badges are links");
        await session.Page.Locator("main a.status-link").First.ClickAsync();
        await session.WaitForUrlAsync(site.Url("recommendation-status/"));
        Assert.Equal("What a recommendation's status means", (await session.Page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Contains("Status unknown", await session.Page.Locator("main").InnerTextAsync());
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Status_charts_and_the_status_filter_show_only_when_the_statuses_differ(int width)
    {
        // The seed review's recommendations all have status unknown; the fixture's have several statuses.
        await using var seed = await OpenAuditAsync(audit.Seed(""), At(width));
        Assert.Equal(0, await seed.Page.Locator("#chart-library-status, .status-counts").CountAsync());
        Assert.True(await seed.Page.Locator(".status-same").IsVisibleAsync());
        await seed.GotoAsync(audit.Seed("recommendations/"));
        await seed.Page.Locator("#rec-filters:not([hidden])").WaitForAsync();
        Assert.False(await seed.Page.Locator("#rf-status").IsVisibleAsync(), "a status filter with one status");
        Assert.True(await seed.Page.Locator("#rf-agency").IsVisibleAsync());

        await using var mixed = await site.OpenAsync(site.Url(SitePages.Home), At(width));
        Assert.Equal(1, await mixed.Page.Locator("#chart-library-status").CountAsync());
        await mixed.GotoAsync(site.Url(SitePages.Recommendations));
        await mixed.Page.Locator("#rec-filters:not([hidden])").WaitForAsync();
        Assert.True(await mixed.Page.Locator("#rf-status").IsVisibleAsync());
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task A_review_without_a_report_address_says_where_to_find_it_and_About_gives_the_contact(int width)
    {
        await using var session = await OpenAuditAsync(audit.Seed("reviews/manchester-2023-05/"), At(width));
        var note = session.Page.Locator(".report-unknown");
        Assert.True(await note.IsVisibleAsync());
        Assert.Contains("Manchester Community Safety Partnership", await note.InnerTextAsync());

        await session.GotoAsync(audit.Seed("about/"));
        var contact = session.Page.Locator("#contact + p a[href^='mailto:']");
        Assert.Equal("mailto:library@example.org", await contact.GetAttributeAsync("href"));
        Assert.True(await contact.IsVisibleAsync());
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_acronyms_a_review_uses_are_spelled_out_on_its_page_and_lead_to_their_explanation(int width)
    {
        await using var session = await OpenAuditAsync(audit.Seed("reviews/manchester-2023-05/"), At(width));
        string text = await session.Page.Locator("main").InnerTextAsync();
        var terms = session.Page.Locator("#terms-used + dl");
        var spelled = await terms.Locator("div").EvaluateAllAsync<string[]>("ds => ds.map(d => d.querySelector('dt').textContent + '=' + d.querySelector('dd').textContent)");

        // The seed's own words use each of these; each is spelled out under "Terms used on this page".
        foreach (var (acronym, expansion) in new[] { ("GMP", "Greater Manchester Police"), ("MAPPA", "Multi-Agency Public Protection Arrangements"), ("DHR", "Domestic Homicide Review"), ("CSP", "Community Safety Partnership") })
        {
            Assert.Matches($@"\b{acronym}\b", text);
            Assert.Contains($"{acronym}={expansion}", spelled);
        }

        // An agency's short name leads to the agency; a glossary term to the glossary.
        await terms.GetByRole(AriaRole.Link, new() { Name = "GMP", Exact = true }).ClickAsync();
        await session.WaitForUrlAsync(audit.Seed("agencies/greater-manchester-police/"));
        await session.Page.GoBackAsync();
        await terms.GetByRole(AriaRole.Link, new() { Name = "MAPPA", Exact = true }).ClickAsync();
        await session.WaitForUrlAsync(audit.Seed("glossary/#mappa"));
        Assert.True(await session.Page.Locator("#mappa").IsVisibleAsync());
        Assert.Empty(session.Problems);
    }

    [Fact]
    public async Task Recurring_groups_list_members_oldest_first_and_tell_reviews_with_the_same_title_apart()
    {
        await using var session = await OpenAuditAsync(audit.Synthetic("recommendations/recurring/"), At(1280));
        var lists = await session.Page.Locator(".cluster-members").EvaluateAllAsync<string[][]>(
            "lists => lists.map(ol => [...ol.children].map(li => li.querySelector('time').getAttribute('datetime') + '|' + li.querySelector('a').textContent))");
        var clusters = lists.Select(l => l.Select(m => new Member(m[(m.IndexOf('|') + 1)..], m[..m.IndexOf('|')])).ToArray()).ToList();

        Assert.NotEmpty(clusters);
        foreach (var members in clusters)
        {
            Assert.True(members.Length >= 2, "a group spans two reviews or more");
            var dates = members.Select(m => m.Date).ToList();
            Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

            // Titles repeat ("Eastshire review"); each link names its month, so no two read alike.
            Assert.All(members, m => Assert.Matches(@", (\d{1,2} )?(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, recommendation \d+$", m.Text));
            Assert.Equal(members.Length, members.Select(m => m.Text).Distinct().Count());
        }
    }

    public sealed record Member(string Text, string Date);
}

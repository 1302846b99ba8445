from newswatch.flows.urls import article_id, canonical_url


def test_tracking_parameters_and_fragment_are_dropped() -> None:
    url = "HTTPS://News.Example.org:443/world/story?id=7&utm_source=rss&fbclid=abc&cmp=rss&_gl=1*x&page=2#comments"
    assert canonical_url(url) == "https://news.example.org/world/story?id=7&page=2"


def test_declared_canonical_wins_and_is_made_absolute() -> None:
    assert canonical_url("https://m.example.org/a?utm_medium=x", "/world/a") == "https://m.example.org/world/a"
    assert canonical_url("https://example.org/a", "https://www.example.org/a") == "https://www.example.org/a"


def test_unusable_declared_canonical_is_ignored() -> None:
    assert canonical_url("https://example.org/a", "javascript:alert(1)") == "https://example.org/a"
    assert canonical_url("https://example.org/a", "file:///etc/passwd") == "https://example.org/a"


def test_non_default_port_kept_and_id_is_stable() -> None:
    assert canonical_url("http://127.0.0.1:8080/x") == "http://127.0.0.1:8080/x"
    assert article_id("https://example.org/a") == article_id("https://example.org/a")
    assert len(article_id("https://example.org/a")) == 16


def test_ipv6_hosts_keep_their_brackets() -> None:
    assert canonical_url("http://[::1]:38090/a?utm_source=x") == "http://[::1]:38090/a"
    assert canonical_url("https://[2001:DB8::1]/story") == "https://[2001:db8::1]/story"

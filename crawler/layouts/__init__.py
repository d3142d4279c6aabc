"""One module per site layout; each declares ``LAYOUTS`` (see ``policywatch.crawler.layout``)."""

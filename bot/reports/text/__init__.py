"""The text prepared once: dateline, language, sentences, key-word gates, dates."""

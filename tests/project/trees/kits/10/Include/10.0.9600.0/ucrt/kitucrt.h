/* Stand-in for a kit ucrt folder. */

/* Stand-in for a kit um folder. */

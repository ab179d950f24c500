/* Stand-in for a kit shared folder. */

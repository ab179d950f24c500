/* Stand-in for a kit CRT folder. */

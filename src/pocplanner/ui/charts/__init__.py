"""Charts and maps drawn on screen: Gantt, heat map, map, month chart, asset timeline."""

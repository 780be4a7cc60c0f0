"""Medical houses: the workplaces of the movement, with their intergroup and zone."""

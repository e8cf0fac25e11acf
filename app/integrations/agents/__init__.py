"""Claude Code agent definitions (``.claude/agents/<type>.md``) for the agent types the router returns;
``claude-task-router flow init`` writes those a project lacks. Data, one file per agent type."""

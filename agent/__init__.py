"""The LangGraph agent: state, nodes, policy and the reply-reading models behind one interface."""

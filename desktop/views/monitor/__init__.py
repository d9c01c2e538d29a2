"""The Monitor screen: live loss curves, the hover readout and the run's warnings."""

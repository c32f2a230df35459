package io.ponte.sandbox;

/**
 * Work that falls due by an organization's clock (recurrent refreshes, payments waiting for their time): told
 * when a sandbox clock moves, so what became due runs now rather than at its next sweep.
 */
public interface SandboxClockListener {

	void clockMoved();

}

function mpc = case4_dist
%CASE4_DIST  A 4-bus 12.66 kV radial feeder written for GridLedger's tests.
%   Bus 1 is the substation; branch 2-3 and 2-4 are laterals. rateA in MVA.
mpc.version = '2';
mpc.baseMVA = 10;

%% bus data
%	bus_i	type	Pd	Qd	Gs	Bs	area	Vm	Va	baseKV	zone	Vmax	Vmin
mpc.bus = [
	1	3	0	0	0	0	1	1	0	12.66	1	1.1	0.9;
	2	1	1.0	0.5	0	0	1	1	0	12.66	1	1.1	0.9;
	3	1	0.8	0.3	0	0	1	1	0	12.66	1	1.1	0.9;
	4	1	0.6	0.2	0	0	1	1	0	12.66	1	1.1	0.9;
];

%% generator data
%	bus	Pg	Qg	Qmax	Qmin	Vg	mBase	status	Pmax	Pmin
mpc.gen = [
	1	0	0	10	-10	1	10	1	10	0;
];

%% branch data
%	fbus	tbus	r	x	b	rateA	rateB	rateC	ratio	angle	status	angmin	angmax
mpc.branch = [
	1	2	0.01	0.02	0	5	5	5	0	0	1	-360	360;
	2	3	0.02	0.03	0	3	3	3	0	0	1	-360	360;
	2	4	0.015	0.025	0	3	3	3	0	0	1	-360	360;
];

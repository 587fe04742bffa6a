-- The weather box's preferences (W7, W8): the units the person reads the weather in, null until chosen (then the
-- browser's language decides), and the home city whose weather the page opens with and whose forecast shows on
-- tasks due in the days ahead.
ALTER TABLE account ADD COLUMN weather_units VARCHAR(8);
ALTER TABLE account ADD CONSTRAINT account_weather_units_known CHECK (weather_units IN ('metric', 'imperial'));
ALTER TABLE account ADD COLUMN home_city VARCHAR(100);
